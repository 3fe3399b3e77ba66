-- Yuva foundation: organisation, people (minimal), users, sessions, login throttling, audit.
-- Runs on PostgreSQL 15+ and on PGlite. Case folding for search keys is done in TypeScript,
-- because lower() is not Azerbaijani/Turkish-aware on PGlite.

create table locations (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  name jsonb not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);

create table programmes (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  type text not null check (type in ('family_based_care', 'youth_house', 'education', 'day_care',
    'short_term_care', 'family_strengthening', 'kindergarten', 'social_centre')),
  location_id uuid references locations (id),
  name jsonb not null,
  start_date date,
  start_date_precision text not null default 'day' check (start_date_precision in ('day', 'month', 'year')),
  status text not null default 'active' check (status in ('planned', 'active', 'closed')),
  milestones jsonb not null default '[]',
  source_note text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index programmes_location_idx on programmes (location_id);

create table family_houses (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programmes (id),
  house_number integer not null,
  name text not null,
  capacity integer not null check (capacity between 0 and 30),
  status text not null default 'active' check (status in ('active', 'closed')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  unique (programme_id, house_number)
);

-- One record per person: child, parent, sibling, caregiver. Issue "children and the case
-- lifecycle" adds the remaining fields.
create table persons (
  id uuid primary key default gen_random_uuid(),
  given_name text not null,
  family_name text not null,
  patronymic text,
  sex text check (sex in ('female', 'male')),
  birth_date date,
  birth_date_estimated boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);

create table house_caregivers (
  id uuid primary key default gen_random_uuid(),
  house_id uuid not null references family_houses (id),
  person_id uuid not null references persons (id),
  role text not null check (role in ('sos_parent', 'aunt')),
  start_date date not null,
  end_date date
);
create index house_caregivers_house_idx on house_caregivers (house_id);

create table placements (
  id uuid primary key default gen_random_uuid(),
  child_id uuid not null references persons (id),
  setting_type text not null check (setting_type in ('kinship_formal', 'kinship_informal', 'foster',
    'sos_family', 'small_group_home', 'residential', 'supervised_independent_living', 'short_term')),
  programme_id uuid references programmes (id),
  house_id uuid references family_houses (id),
  start_date date not null,
  end_date date,
  end_reason text,
  created_at timestamptz not null default now()
);
create index placements_child_idx on placements (child_id);
create index placements_house_active_idx on placements (house_id) where end_date is null;
create unique index placements_one_active_per_child on placements (child_id) where end_date is null;

create table users (
  id uuid primary key default gen_random_uuid(),
  username text not null unique,
  display_name text not null,
  password_hash text not null,
  role text not null check (role in ('admin', 'director', 'supervisor', 'social_worker',
    'foster_care_officer', 'analyst')),
  scope_all boolean not null default false,
  scope_location_ids uuid[] not null default '{}',
  scope_programme_ids uuid[] not null default '{}',
  locale text not null default 'az' check (locale in ('az', 'tr', 'ru', 'en')),
  status text not null default 'active' check (status in ('active', 'disabled')),
  must_change_password boolean not null default false,
  last_login_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);

-- Sessions live in the database so every instance behind the balancer sees them.
-- Only a SHA-256 of the cookie token is stored.
create table sessions (
  token_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  csrf_token text not null,
  ip text,
  user_agent text,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user_idx on sessions (user_id);
create index sessions_expires_idx on sessions (expires_at);

create table login_attempts (
  id bigserial primary key,
  username text not null,
  ip text not null,
  succeeded boolean not null,
  at timestamptz not null default now()
);
create index login_attempts_username_idx on login_attempts (username, at);
create index login_attempts_ip_idx on login_attempts (ip, at);

-- Append-only: written in the same transaction as the change it records.
create table audit_events (
  id bigserial primary key,
  at timestamptz not null default now(),
  actor_user_id uuid,
  actor_username text,
  action text not null,
  entity_type text not null,
  entity_id text,
  changes jsonb,
  request_id text,
  ip text
);
create index audit_events_at_idx on audit_events (at desc);
create index audit_events_entity_idx on audit_events (entity_type, entity_id);
create index audit_events_actor_idx on audit_events (actor_user_id, at desc);

create function audit_events_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_events is append-only';
end;
$$;
create trigger audit_events_no_update before update or delete on audit_events
  for each row execute function audit_events_append_only();
