-- Family strengthening (issue 6, part 1): consent per programme, risk-of-separation
-- assessments scored by domain over time, the family development plan with its goals and
-- reviews, services delivered, referrals to other services, and separations at exit.
-- Households, their members and enrolments are in 0014.

-- How often a family development plan is reviewed: about every 6 months (shared/domain.md §3), a policy choice.
alter table programmes add column plan_review_months integer not null default 6
  check (plan_review_months between 1 and 24);

-- Consent to take part, per programme: who gave it, when, whether withdrawn, and what it lets the
-- programme share (with alternative care, with the other programmes the family's children attend).
create table household_consents (
  id uuid primary key default gen_random_uuid(),
  household_id uuid not null references households (id),
  programme_id uuid not null references programmes (id),
  given_by_person_id uuid references persons (id),
  given_on date not null,
  withdrawn_on date,
  share_with text[] not null default '{}',
  note text not null default '',
  recorded_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (withdrawn_on is null or withdrawn_on >= given_on),
  check (share_with <@ array['alternative_care', 'other_programmes']::text[])
);
create index household_consents_household_idx on household_consents (household_id);

-- The risk-of-separation assessment: one score (1 in crisis … 5 self-reliant) and a note per domain.
create table risk_assessments (
  id uuid primary key default gen_random_uuid(),
  household_id uuid not null references households (id),
  assessed_on date not null,
  summary text not null default '',
  assessed_by uuid references users (id),
  created_at timestamptz not null default now()
);
create index risk_assessments_household_idx on risk_assessments (household_id, assessed_on);

create table risk_assessment_scores (
  assessment_id uuid not null references risk_assessments (id),
  domain text not null,
  score integer not null check (score between 1 and 5),
  note text not null default '',
  primary key (assessment_id, domain)
);

-- The family development plan of an enrolment: goals by domain, reviewed about every 6 months.
create table development_plans (
  id uuid primary key default gen_random_uuid(),
  household_id uuid not null references households (id),
  enrolment_id uuid not null references enrolments (id),
  started_on date not null,
  -- Kept up to date by the services (plan written, review recorded), so lists filter on it.
  next_review_on date not null,
  status text not null default 'active' check (status in ('active', 'closed')),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create unique index development_plans_one_active on development_plans (enrolment_id) where status = 'active';
create index development_plans_household_idx on development_plans (household_id);
create index development_plans_review_idx on development_plans (next_review_on) where status = 'active';

create table plan_goals (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references development_plans (id),
  domain text not null,
  goal text not null,
  actions text not null default '',
  responsible text not null default '',
  target_on date,
  status text not null default 'not_started' check (status in ('not_started', 'in_progress', 'achieved', 'dropped')),
  position integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index plan_goals_plan_idx on plan_goals (plan_id, position);

create table plan_reviews (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references development_plans (id),
  held_on date not null,
  participants text not null default '',
  summary text not null default '',
  next_review_on date not null,
  created_by uuid references users (id),
  created_at timestamptz not null default now()
);
create index plan_reviews_plan_idx on plan_reviews (plan_id, held_on);

-- Progress on each goal at a review (the goal's status then, and what was said).
create table plan_review_goals (
  review_id uuid not null references plan_reviews (id),
  goal_id uuid not null references plan_goals (id),
  status text not null check (status in ('not_started', 'in_progress', 'achieved', 'dropped')),
  progress text not null default '',
  primary key (review_id, goal_id)
);

create table services_delivered (
  id uuid primary key default gen_random_uuid(),
  household_id uuid not null references households (id),
  enrolment_id uuid references enrolments (id),
  delivered_on date not null,
  service_type text not null,
  provider text not null default '',
  -- In manats (AZN), to the qəpik.
  cost numeric(12, 2) check (cost >= 0),
  note text not null default '',
  created_by uuid references users (id),
  created_at timestamptz not null default now()
);
create index services_delivered_household_idx on services_delivered (household_id, delivered_on);

create table service_referrals (
  id uuid primary key default gen_random_uuid(),
  household_id uuid not null references households (id),
  enrolment_id uuid references enrolments (id),
  referred_on date not null,
  to_whom text not null,
  reason text not null default '',
  status text not null default 'pending' check (status in ('pending', 'accepted', 'completed', 'declined')),
  outcome text not null default '',
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index service_referrals_household_idx on service_referrals (household_id, referred_on);

-- A child separated at exit: the case opened for the child (through a referral, so gatekeeping
-- starts), or the open case the child already had.
create table household_separations (
  enrolment_id uuid not null references enrolments (id),
  child_id uuid not null references persons (id),
  case_id uuid not null references cases (id),
  case_opened boolean not null,
  created_at timestamptz not null default now(),
  primary key (enrolment_id, child_id)
);
create index household_separations_case_idx on household_separations (case_id);

-- A household takes part in one family strengthening programme at a time (waiting or enrolled).
create unique index enrolments_one_open_per_household on enrolments (household_id)
  where status <> 'exited' and household_id is not null;
