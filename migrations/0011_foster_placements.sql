-- Matching children with approved foster families, the adjustment period, monitoring visits and
-- the allowance ledger.
alter table locations add column country text not null default 'AZ';
alter table placements add column adjustment_until date;

create table foster_visits (
  id uuid primary key default gen_random_uuid(),
  placement_id uuid not null references placements (id),
  family_id uuid not null references foster_families (id),
  case_id uuid not null references cases (id),
  due_on date not null,
  held_on date,
  status text not null default 'due' check (status in ('due', 'held', 'missed', 'cancelled')),
  report text not null default '',
  child_wellbeing integer check (child_wellbeing between 1 and 4),
  recorded_by uuid references users (id),
  version integer not null default 1
);
create index foster_visits_due_idx on foster_visits (due_on) where status = 'due';
create index foster_visits_placement_idx on foster_visits (placement_id);

create table allowance_payments (
  id uuid primary key default gen_random_uuid(),
  placement_id uuid not null references placements (id),
  month text not null check (month ~ '^\d{4}-\d{2}$'),
  kind text not null check (kind in ('monthly', 'disability', 'clothing', 'school')),
  amount numeric(12, 2) not null check (amount >= 0),
  currency text not null,
  paid_on date not null,
  recorded_by uuid references users (id),
  created_at timestamptz not null default now(),
  unique (placement_id, month, kind)
);
