-- Aggregate indicator sets imported from another country's Yuva, to show side by side.
-- Only suppressed aggregates are accepted (checked on import); no personal data.
create table shared_indicator_sets (
  id uuid primary key default gen_random_uuid(),
  country text not null check (country ~ '^[A-Z]{2}$'),
  organisation text not null default '',
  period_from date not null,
  period_to date not null,
  document jsonb not null,
  imported_by uuid references users (id),
  imported_at timestamptz not null default now()
);
create index shared_indicator_sets_country_idx on shared_indicator_sets (country, period_to desc);
