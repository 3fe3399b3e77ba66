-- Keeping families together (issue 6): the shared ground of the day-to-day programmes —
-- a teacher role, groups and courses, enrolments with a waiting list, sessions and
-- attendance, and tasks that belong to a person or a household rather than a case.

alter table users drop constraint users_role_check;
alter table users add constraint users_role_check check (role in ('admin', 'director', 'supervisor',
  'social_worker', 'foster_care_officer', 'analyst', 'teacher'));

-- A day-care group, an education course or a kindergarten group of a programme.
create table programme_groups (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programmes (id),
  name text not null,
  capacity integer not null check (capacity between 1 and 500),
  starts_on date,
  ends_on date,
  -- Consecutive absences that raise a follow-up task for the family's social worker.
  absence_follow_up_days integer not null default 3 check (absence_follow_up_days between 1 and 60),
  teacher_id uuid references users (id),
  status text not null default 'active' check (status in ('active', 'closed')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index programme_groups_programme_idx on programme_groups (programme_id);

-- A family (household) supported by a programme, with its members as person records.
create table households (
  id uuid primary key default gen_random_uuid(),
  reference text not null unique,
  location_id uuid not null references locations (id),
  address text not null default '',
  phone text not null default '',
  -- The family's social worker: absence follow-ups and reviews go to them.
  worker_id uuid references users (id),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create sequence household_reference_seq;

create table household_members (
  household_id uuid not null references households (id),
  person_id uuid not null references persons (id),
  relationship text not null check (relationship in ('mother', 'father', 'child', 'grandparent', 'sibling',
    'other_relative', 'other')),
  primary key (household_id, person_id)
);
create index household_members_person_idx on household_members (person_id);

-- Who takes part in a programme: a child in a group or course, or a household in family
-- strengthening. Waiting → enrolled → exited (with the reason and, for courses, the outcome).
create table enrolments (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programmes (id),
  group_id uuid references programme_groups (id),
  person_id uuid references persons (id),
  household_id uuid references households (id),
  status text not null check (status in ('waiting', 'enrolled', 'exited')),
  applied_on date not null,
  enrolled_on date,
  exited_on date,
  exit_reason text,
  exit_note text not null default '',
  outcome text check (outcome in ('completed', 'certificate', 'dropped_out', 'graduated_self_reliant',
    'exited_other', 'child_separated', 'moved_away', 'other')),
  -- The worker who follows the child or family (absence follow-ups go to them).
  worker_id uuid references users (id),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (person_id is not null or household_id is not null)
);
create index enrolments_programme_idx on enrolments (programme_id, status);
create index enrolments_group_idx on enrolments (group_id, status);
create index enrolments_person_idx on enrolments (person_id);
create index enrolments_household_idx on enrolments (household_id);
create unique index enrolments_one_open_per_person_group on enrolments (group_id, person_id) where status <> 'exited';

-- One meeting of a group: a day of day care, a lesson of a course.
create table group_sessions (
  id uuid primary key default gen_random_uuid(),
  group_id uuid not null references programme_groups (id),
  held_on date not null,
  topic text not null default '',
  created_at timestamptz not null default now(),
  unique (group_id, held_on)
);

create table attendance (
  session_id uuid not null references group_sessions (id),
  enrolment_id uuid not null references enrolments (id),
  status text not null check (status in ('present', 'absent', 'excused')),
  absence_reason text check (absence_reason in ('illness', 'family_reason', 'travel', 'no_transport', 'unknown',
    'other')),
  note text not null default '',
  recorded_by uuid references users (id),
  recorded_at timestamptz not null default now(),
  version integer not null default 1,
  primary key (session_id, enrolment_id)
);
create index attendance_enrolment_idx on attendance (enrolment_id);

-- Tasks may belong to a child or household followed by a programme, not only to a case.
alter table tasks alter column case_id drop not null;
alter table tasks add column person_id uuid references persons (id);
alter table tasks add column household_id uuid references households (id);
alter table tasks add column enrolment_id uuid references enrolments (id);
alter table tasks drop constraint tasks_kind_check;
alter table tasks add constraint tasks_kind_check check (kind in ('emergency_assessment', 'follow_up', 'other',
  'absence_follow_up', 'development_plan_review'));
alter table tasks add constraint tasks_subject check (case_id is not null or person_id is not null or household_id is not null);
create index tasks_open_assignee_idx on tasks (assigned_to) where status = 'open';
