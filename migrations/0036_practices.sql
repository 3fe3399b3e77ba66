-- The good-practice library on the cooperation hub (issue 17 item 2, decision 0045): practices a
-- member country shares, their linked translations (people, never a machine), files, and the
-- countries that adopted or adapted them. Knowledge only: no table here names a child or a family.

create table practices (
  id uuid primary key default gen_random_uuid(),
  country text not null references member_countries (code),
  -- A registered organisation of the country, or only its name (a pushed practice names it).
  organisation_id uuid references cooperation_organisations (id),
  organisation_name text not null default '' check (length(organisation_name) <= 300),
  language text not null check (language in ('az', 'tr', 'ru', 'en')),
  title text not null check (length(title) between 1 and 300),
  summary text not null check (length(summary) between 1 and 2000),
  full_text text not null check (length(full_text) between 1 and 50000),
  topics text[] not null default '{}',
  evidence text not null default '' check (length(evidence) <= 10000),
  contact text not null default '' check (length(contact) <= 500),
  ambassador_material boolean not null default false,
  -- Name keys (common/text/name-key.ts) of every word of the title and summary, space-led, so
  -- that one query finds a word across scripts and spellings.
  search_keys text not null default '',
  -- A practice pushed by a country's Yuva: that Yuva's own id, so a later push updates it.
  source_ref uuid,
  source_issued_at timestamptz,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  unique (country, source_ref)
);
create index practices_country_idx on practices (country, created_at desc);

-- A translation is help, not ownership: a delegate of any country may write one; one per language.
create table practice_translations (
  id uuid primary key default gen_random_uuid(),
  practice_id uuid not null references practices (id) on delete cascade,
  language text not null check (language in ('az', 'tr', 'ru', 'en')),
  title text not null check (length(title) between 1 and 300),
  summary text not null check (length(summary) between 1 and 2000),
  full_text text not null check (length(full_text) between 1 and 50000),
  search_keys text not null default '',
  translated_by uuid references users (id),
  translator_name text not null,
  translated_at timestamptz not null default now(),
  version integer not null default 1,
  unique (practice_id, language)
);

-- Files of a practice (PDF, JPEG, PNG), kept in the database like case documents (decision 0006).
create table practice_attachments (
  id uuid primary key default gen_random_uuid(),
  practice_id uuid not null references practices (id) on delete cascade,
  filename text not null,
  media_type text not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
  content bytea not null,
  bytes integer not null,
  uploaded_by uuid references users (id),
  uploaded_at timestamptz not null default now()
);
create index practice_attachments_practice_idx on practice_attachments (practice_id);

-- Where a practice travelled: a country other than its origin adopted or adapted it, and later
-- what came of it.
create table practice_adoptions (
  id uuid primary key default gen_random_uuid(),
  practice_id uuid not null references practices (id) on delete cascade,
  country text not null references member_countries (code),
  kind text not null check (kind in ('adopted', 'adapted')),
  adopted_on date not null,
  notes text not null default '' check (length(notes) <= 5000),
  outcome text check (length(outcome) <= 5000),
  outcome_on date,
  recorded_by uuid references users (id),
  recorded_at timestamptz not null default now(),
  version integer not null default 1,
  unique (practice_id, country)
);
