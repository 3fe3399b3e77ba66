-- Quality4Children self-assessment: each year each programme scores the 18 standards
-- (common/quality4children.ts) with its evidence and actions; where Yuva's records measure a
-- standard, the figure is kept with the score as it stood when the score was saved.
create table q4c_assessments (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programmes (id),
  year integer not null check (year between 2000 and 2100),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  unique (programme_id, year)
);

create table q4c_scores (
  assessment_id uuid not null references q4c_assessments (id),
  standard integer not null check (standard between 1 and 18),
  score integer check (score between 1 and 4),
  evidence text not null default '',
  actions text not null default '',
  measured numeric,
  primary key (assessment_id, standard)
);
