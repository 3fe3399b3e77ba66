-- The countries' cooperation space (issue 17, decision 0045): a Foster Family Working Group of
-- member countries, run on one Yuva installation switched to be the hub. Countries' own Yuva push
-- signed documents of aggregates and knowledge; no table here holds a child, a family or a case.

alter table users drop constraint users_role_check;
alter table users add constraint users_role_check check (role in ('admin', 'director', 'supervisor',
  'social_worker', 'foster_care_officer', 'analyst', 'teacher', 'working_group_member'));

-- One row: whether this installation is the hub, and (on a country's side) its identity towards one.
create table cooperation_settings (
  id boolean primary key default true check (id),
  is_hub boolean not null default false,
  -- A country's side: the country this installation speaks for, its Ed25519 key pair (PEM) and the
  -- hub it pushes to. The private key never leaves the database; only the public key is shown.
  country text check (country ~ '^[A-Z]{2}$'),
  public_key text,
  private_key text,
  hub_url text,
  -- The fingerprint of the hub's answer an administrator read out and confirmed (pinned).
  hub_confirmed_at timestamptz,
  hub_confirmed_by uuid references users (id),
  version integer not null default 1,
  updated_at timestamptz not null default now()
);
insert into cooperation_settings (id) values (true);

-- The hub's member countries (ISO 3166-1 alpha-2) and their names in the four languages.
create table member_countries (
  code text primary key check (code ~ '^[A-Z]{2}$'),
  names jsonb not null,
  joined_on date not null,
  status text not null default 'member' check (status in ('member', 'observer', 'left')),
  version integer not null default 1,
  created_at timestamptz not null default now()
);

-- Organisations of a member country taking part (a ministry, an association).
create table cooperation_organisations (
  id uuid primary key default gen_random_uuid(),
  country text not null references member_countries (code),
  name text not null check (length(name) between 1 and 300),
  kind text not null check (kind in ('ministry', 'state_service', 'association', 'other')),
  version integer not null default 1,
  created_at timestamptz not null default now()
);
create index cooperation_organisations_country_idx on cooperation_organisations (country);

-- A delegate of a country to the working group: their group role and term. A delegate who signs
-- in is a user with the role working_group_member (at most one delegate row per user).
create table working_group_delegates (
  id uuid primary key default gen_random_uuid(),
  country text not null references member_countries (code),
  organisation_id uuid references cooperation_organisations (id),
  user_id uuid unique references users (id),
  full_name text not null check (length(full_name) between 1 and 200),
  email text,
  group_role text not null check (group_role in ('chair', 'secretary', 'member', 'observer')),
  term_from date not null,
  term_to date,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  check (term_to is null or term_to >= term_from)
);
create index working_group_delegates_country_idx on working_group_delegates (country);

-- The hub's register of countries' public keys: pending until a hub administrator confirms.
create table country_keys (
  id uuid primary key default gen_random_uuid(),
  country text not null references member_countries (code),
  public_key text not null,
  fingerprint text not null,
  status text not null default 'pending' check (status in ('pending', 'confirmed', 'revoked')),
  registered_at timestamptz not null default now(),
  confirmed_at timestamptz,
  confirmed_by uuid references users (id),
  unique (fingerprint)
);
-- One key in use per country at a time.
create unique index country_keys_one_confirmed_idx on country_keys (country) where status = 'confirmed';

-- Every signed document the hub accepted, once: (country, id) refuses a replay.
create table cooperation_documents (
  id uuid primary key default gen_random_uuid(),
  country text not null references member_countries (code),
  document_id uuid not null,
  kind text not null,
  issued_at timestamptz not null,
  payload jsonb not null,
  sha256 text not null,
  key_id uuid not null references country_keys (id),
  via text not null check (via in ('network', 'file')),
  received_at timestamptz not null default now(),
  received_by uuid references users (id),
  unique (country, document_id)
);
create index cooperation_documents_kind_idx on cooperation_documents (kind, country, issued_at desc);

-- A country's side: what it pushed, and how the hub answered.
create table cooperation_pushes (
  id uuid primary key default gen_random_uuid(),
  document_id uuid not null unique,
  kind text not null,
  subject text not null default '',
  via text not null check (via in ('network', 'file')),
  status text not null check (status in ('accepted', 'refused', 'failed', 'downloaded')),
  answer text,
  pushed_at timestamptz not null default now(),
  pushed_by uuid references users (id)
);
create index cooperation_pushes_kind_idx on cooperation_pushes (kind, pushed_at desc);
