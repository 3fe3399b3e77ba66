-- Exports (decision 0009).

-- Settings the application keeps for itself, such as the key of the researchers' pseudonyms:
-- created on first use, never sent to a browser.
create table app_settings (
  key text primary key,
  value text not null,
  created_at timestamptz not null default now()
);

-- The children list's export walks every case in the list's order, closed ones included when
-- asked for; the list's own index (0004) covers open cases only.
create index cases_opened_all_idx on cases (opened_on desc, id desc);
