-- The number of children living in each region, entered by an administrator, so the core
-- formal-care indicators can be given per 100,000 children.
create table child_population (
  location_id uuid not null references locations (id),
  year integer not null check (year between 1990 and 2100),
  children integer not null check (children between 0 and 100000000),
  source text not null default '',
  updated_by uuid references users (id),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  primary key (location_id, year)
);
