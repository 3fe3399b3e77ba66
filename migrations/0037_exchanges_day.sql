-- Issue 17 items 3–5 on the hub (decision 0045): exchanges between member countries, the shared
-- calendar of observance days with each country's campaign plan, and the Foster Family Day and
-- ambassador figures countries pushed (the latest per country and year; every document stays in
-- cooperation_documents).

-- A study visit, training, secondment or joint supervision: people of one country learning with another.
create table cooperation_exchanges (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('study_visit', 'training', 'secondment', 'joint_supervision')),
  from_country text not null references member_countries (code),
  to_country text not null references member_countries (code),
  starts_on date not null,
  ends_on date not null,
  participants integer not null check (participants between 0 and 10000),
  participant_roles jsonb not null default '[]',
  topics jsonb not null default '[]',
  -- [{title, link}]: titles and links only, never a file.
  materials jsonb not null default '[]',
  evaluation_score numeric(3, 2) check (evaluation_score between 1 and 5),
  evaluation_answered integer check (evaluation_answered >= 0),
  evaluation_use text not null default '',
  status text not null default 'planned' check (status in ('planned', 'done')),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  created_by uuid references users (id),
  check (from_country <> to_country),
  check (ends_on >= starts_on)
);
create index cooperation_exchanges_year_idx on cooperation_exchanges (starts_on);

-- The shared calendar: a day of the year observed by every country (country null) or by one.
create table observance_days (
  id uuid primary key default gen_random_uuid(),
  country text references member_countries (code),
  month integer not null check (month between 1 and 12),
  day integer not null check (day between 1 and 31),
  names jsonb not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  unique nulls not distinct (country, month, day)
);

-- A country's campaign plan for an observance day in a year; planned events are [{date, city, kind, title}].
create table observance_plans (
  id uuid primary key default gen_random_uuid(),
  day_id uuid not null references observance_days (id),
  country text not null references member_countries (code),
  year integer not null check (year between 2000 and 2100),
  plan text not null default '',
  events jsonb not null default '[]',
  status text not null default 'draft' check (status in ('draft', 'agreed', 'done')),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  unique (day_id, country, year)
);

-- The latest Foster Family Day results a country pushed for a day of a year (by the document's issue time).
create table foster_day_results (
  country text not null references member_countries (code),
  year integer not null,
  day date not null,
  document_row_id uuid not null references cooperation_documents (id),
  issued_at timestamptz not null,
  payload jsonb not null,
  primary key (country, year, day)
);

-- The latest ambassador figures a country pushed for a year.
create table ambassador_figures (
  country text not null references member_countries (code),
  year integer not null,
  document_row_id uuid not null references cooperation_documents (id),
  issued_at timestamptz not null,
  payload jsonb not null,
  primary key (country, year)
);
