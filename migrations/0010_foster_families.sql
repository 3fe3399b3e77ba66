-- Foster families (shared/domain.md §5): country rule sets as data, applications from the public
-- form through assessment to approval, the household, requirements and home-study reports.

create table country_rule_sets (
  id uuid primary key default gen_random_uuid(),
  country text not null check (country ~ '^[A-Z]{2}$'),
  effective_from date not null,
  rules jsonb not null,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  unique (country, effective_from)
);

create table foster_families (
  id uuid primary key default gen_random_uuid(),
  reference text not null unique,
  country text not null check (country ~ '^[A-Z]{2}$'),
  status text not null default 'applying' check (status in ('inquiry', 'applying', 'home_study', 'training',
    'ready_for_review', 'approved', 'denied', 'withdrawn', 'active', 'available', 'renewal_due', 'closed')),
  two_parent boolean not null,
  address text not null default '',
  district text not null default '',
  location_id uuid references locations (id),
  phone text not null default '',
  email text not null default '',
  motivation text not null default '',
  source text not null default 'website',
  languages text[] not null default '{}',
  -- Only a hash of the applicant's private link is kept.
  access_token_hash text unique,
  submitted_at timestamptz not null default now(),
  submitted_ip text,
  assigned_officer_id uuid references users (id),
  decided_on date,
  decision_reason text,
  approved_age_min integer,
  approved_age_max integer,
  approved_children_max integer,
  approved_needs text[] not null default '{}',
  approval_expires_on date,
  contract_number text,
  certificate_number text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index foster_families_status_idx on foster_families (country, status);
create sequence foster_reference_seq;

create table foster_household_members (
  id uuid primary key default gen_random_uuid(),
  family_id uuid not null references foster_families (id) on delete cascade,
  person_id uuid not null references persons (id),
  role text not null check (role in ('applicant', 'adult', 'child')),
  education text check (education in ('none', 'primary', 'secondary', 'vocational', 'higher')),
  regular_income boolean not null default false,
  residence text,
  check_status text not null default 'not_started' check (check_status in ('not_started', 'requested', 'received',
    'clear', 'not_clear')),
  unique (family_id, person_id)
);
create index foster_household_person_idx on foster_household_members (person_id);

create table foster_requirements (
  id uuid primary key default gen_random_uuid(),
  family_id uuid not null references foster_families (id) on delete cascade,
  member_id uuid references foster_household_members (id) on delete cascade,
  code text not null,
  kind text not null check (kind in ('document', 'check', 'interview', 'medical', 'training')),
  sequence integer not null default 1,
  status text not null default 'incomplete' check (status in ('incomplete', 'complete', 'waived')),
  completed_on date,
  expires_on date,
  hours numeric,
  waived_reason text,
  waived_by uuid references users (id),
  note text not null default '',
  version integer not null default 1
);
create index foster_requirements_family_idx on foster_requirements (family_id);

create table home_study_reports (
  id uuid primary key default gen_random_uuid(),
  family_id uuid not null references foster_families (id) on delete cascade,
  visited_on date not null,
  findings text not null,
  recommendation text not null check (recommendation in ('continue', 'approve', 'deny', 'more_information')),
  written_by uuid references users (id),
  created_at timestamptz not null default now()
);

-- A placement with a foster family names the family.
alter table placements add column foster_family_id uuid references foster_families (id);
create index placements_foster_family_idx on placements (foster_family_id) where foster_family_id is not null;

-- Flooding the public form is refused per address; attempts are rows so every instance agrees.
create table public_form_submissions (
  id bigserial primary key,
  ip text not null,
  at timestamptz not null default now()
);
create index public_form_submissions_ip_idx on public_form_submissions (ip, at);
