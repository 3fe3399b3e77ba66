-- Children and the case lifecycle (UN Guidelines for Alternative Care; shared/domain.md §2–4).

alter table persons
  add column national_id_type text check (national_id_type in ('az_fin', 'tr_kimlik', 'other')),
  add column national_id text,
  add column citizenship text,
  add column languages text[] not null default '{}',
  add column disability boolean not null default false,
  add column disability_note text,
  add column parental_status text check (parental_status in ('both_alive', 'one_dead', 'both_dead', 'unknown')),
  add column legal_guardian_person_id uuid references persons (id),
  add column legal_guardian_body text,
  add column country_of_origin text;
create unique index persons_national_id_idx on persons (national_id_type, national_id) where national_id is not null;

-- Per-programme rules that are policy choices, not law (shared/domain.md: make them configurable).
alter table programmes
  add column review_interval_months integer not null default 3 check (review_interval_months between 1 and 24),
  add column emergency_assessment_days integer not null default 7 check (emergency_assessment_days between 1 and 90);

create table sibling_groups (
  id uuid primary key default gen_random_uuid(),
  created_at timestamptz not null default now()
);
create table sibling_group_members (
  group_id uuid not null references sibling_groups (id),
  person_id uuid not null references persons (id),
  primary key (group_id, person_id)
);
create index sibling_group_members_person_idx on sibling_group_members (person_id);

-- A child's case file. A child has at most one open case; a closed case can be reopened.
create sequence case_number_seq;
create table cases (
  id uuid primary key default gen_random_uuid(),
  case_number text not null unique,
  child_id uuid not null references persons (id),
  status text not null default 'referred' check (status in ('referred', 'assessment', 'in_care', 'after_care', 'closed')),
  location_id uuid not null references locations (id),
  programme_id uuid references programmes (id),
  assigned_worker_id uuid references users (id),
  sibling_group_id uuid references sibling_groups (id),
  opened_on date not null,
  closed_on date,
  close_reason text,
  re_entry boolean not null default false,
  -- Kept up to date by the services whenever a review, care plan or placement changes,
  -- so lists can filter and sort by it without recomputing per row.
  next_review_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create unique index cases_one_open_per_child on cases (child_id) where status <> 'closed';
create index cases_location_idx on cases (location_id, status);
create index cases_programme_idx on cases (programme_id, status);
create index cases_worker_idx on cases (assigned_worker_id, status);
create index cases_next_review_idx on cases (next_review_on) where status = 'in_care';

-- The birth family: each member's relationship to the child, whether alive, where, parental rights.
create table family_members (
  id uuid primary key default gen_random_uuid(),
  child_id uuid not null references persons (id),
  person_id uuid not null references persons (id),
  relationship text not null check (relationship in ('mother', 'father', 'sibling', 'grandparent', 'aunt_uncle',
    'step_parent', 'other')),
  alive text not null default 'unknown' check (alive in ('yes', 'no', 'unknown')),
  whereabouts text,
  parental_rights text not null default 'not_applicable' check (parental_rights in ('full', 'restricted', 'deprived',
    'unknown', 'not_applicable')),
  created_at timestamptz not null default now(),
  version integer not null default 1,
  unique (child_id, person_id)
);

create table referrals (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  received_on date not null,
  source text not null check (source in ('guardianship_body', 'minors_commission', 'police', 'hospital', 'school',
    'family', 'community', 'other')),
  source_detail text,
  reasons text[] not null,
  description text,
  created_by uuid references users (id),
  created_at timestamptz not null default now()
);
create index referrals_case_idx on referrals (case_id);

create table gatekeeping_assessments (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  status text not null default 'draft' check (status in ('draft', 'submitted', 'approved', 'returned')),
  support_tried text not null default '',
  options_considered text[] not null default '{}',
  participants text not null default '',
  child_views text not null default '',
  parents_views text not null default '',
  decision text check (decision in ('family_support_only', 'kinship', 'foster', 'sos_family', 'short_term_care',
    'youth_house', 'other_provider', 'no_action')),
  decision_reason text not null default '',
  authority_decision_number text,
  authority_decision_date date,
  submitted_by uuid references users (id),
  submitted_at timestamptz,
  reviewed_by uuid references users (id),
  reviewed_at timestamptz,
  review_comment text,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index gatekeeping_case_idx on gatekeeping_assessments (case_id);

-- Placements are never rewritten: a correction is a new row pointing at the one it corrects,
-- which then counts as superseded. Ending a placement fills its end fields once.
alter table placements
  add column case_id uuid references cases (id),
  add column status text not null default 'active' check (status in ('planned', 'transition', 'active', 'ended')),
  add column place_description text,
  add column kinship_carer_id uuid references persons (id),
  add column ordered_by text check (ordered_by in ('court', 'administrative', 'voluntary')),
  add column order_reference text,
  add column emergency boolean not null default false,
  add column end_reason_group text check (end_reason_group in ('permanency', 'other')),
  add column capacity_override_reason text,
  add column siblings_apart_reason text,
  add column under_three_reason text,
  add column corrects_id uuid references placements (id),
  add column correction_reason text,
  add column superseded boolean not null default false,
  add column created_by uuid references users (id),
  add column version integer not null default 1;
create index placements_case_idx on placements (case_id);
drop index placements_one_active_per_child;
create unique index placements_one_active_per_child on placements (child_id) where end_date is null and not superseded;

create table tasks (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  kind text not null check (kind in ('emergency_assessment', 'follow_up', 'other')),
  title text not null,
  due_on date not null,
  status text not null default 'open' check (status in ('open', 'done', 'cancelled')),
  assigned_to uuid references users (id),
  created_at timestamptz not null default now(),
  done_at timestamptz
);
create index tasks_open_idx on tasks (case_id) where status = 'open';

create table care_plans (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  plan_version integer not null,
  status text not null default 'draft' check (status in ('draft', 'submitted', 'active', 'revised', 'closed')),
  permanency_goal text check (permanency_goal in ('reunification', 'kinship', 'adoption', 'guardianship',
    'long_term_family_care', 'independent_living')),
  domains jsonb not null default '{}',
  contact_plan text not null default '',
  child_views text not null default '',
  next_review_on date,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  approved_by uuid references users (id),
  approved_at timestamptz,
  review_comment text,
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  unique (case_id, plan_version)
);

create table care_plan_goals (
  id uuid primary key default gen_random_uuid(),
  care_plan_id uuid not null references care_plans (id) on delete cascade,
  domain text not null,
  description text not null,
  responsible text not null default '',
  due_on date,
  position integer not null default 0
);
create index care_plan_goals_plan_idx on care_plan_goals (care_plan_id);

create table reviews (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  held_on date not null,
  kind text not null check (kind in ('periodic', 'ad_hoc', 'placement_change', 'before_exit')),
  participants text not null default '',
  child_heard text not null default '',
  findings text not null default '',
  necessity_holds boolean not null,
  suitability_holds boolean not null,
  decisions text not null default '',
  next_review_on date,
  q4c_standards integer[] not null default '{}',
  created_by uuid references users (id),
  created_at timestamptz not null default now()
);
create index reviews_case_idx on reviews (case_id, held_on desc);

create table family_contacts (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  contact_on date not null,
  family_member_id uuid references family_members (id),
  with_whom text not null default '',
  kind text not null check (kind in ('visit', 'call', 'video', 'overnight')),
  supervised boolean not null default false,
  status text not null check (status in ('planned', 'held', 'cancelled')),
  cancelled_by text check (cancelled_by in ('family', 'child', 'caregiver', 'agency')),
  child_reaction text not null default '',
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  version integer not null default 1
);
create index family_contacts_case_idx on family_contacts (case_id, contact_on desc);

create table case_transfers (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  from_worker_id uuid references users (id),
  to_worker_id uuid references users (id),
  from_location_id uuid references locations (id),
  to_location_id uuid references locations (id),
  reason text not null default '',
  transferred_by uuid references users (id),
  transferred_at timestamptz not null default now()
);

-- Every audit row about a child's case names the case, so its timeline and access log are one index away.
alter table audit_events add column case_id uuid;
create index audit_events_case_idx on audit_events (case_id, id desc) where case_id is not null;
