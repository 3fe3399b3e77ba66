-- Documents of a case, short-term care episodes, leaving care and follow-ups.

-- Files live in the database so every server instance sees them and backups hold them.
create table case_documents (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  doc_type text not null check (doc_type in ('birth_certificate', 'identity_document', 'court_decision', 'authority_decision',
    'medical', 'school', 'photo', 'other')),
  filename text not null,
  media_type text not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
  size_bytes integer not null,
  content bytea not null,
  uploaded_by uuid references users (id),
  uploaded_at timestamptz not null default now()
);
create index case_documents_case_idx on case_documents (case_id, uploaded_at desc);

-- When after-care follow-ups fall due, in months after leaving care (a policy choice per programme).
alter table programmes add column aftercare_followup_months integer[] not null default '{6,12,36,60}';

-- Short-term care: admitted → assessment → reintegration work → trial return → reunified → follow-up
-- → closed, or referred on to long-term care.
create table short_term_episodes (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  status text not null default 'admitted' check (status in ('admitted', 'assessment', 'reintegration', 'trial_return',
    'reunified', 'follow_up', 'closed', 'referred_long_term')),
  admitted_on date not null,
  reintegration_plan text not null default '',
  family_work text not null default '',
  trial_return_on date,
  reunified_on date,
  closed_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create unique index short_term_one_open_per_case on short_term_episodes (case_id) where status not in ('closed', 'referred_long_term');

create table leaving_care_plans (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  started_on date not null,
  status text not null default 'active' check (status in ('active', 'completed')),
  housing text not null default '',
  income_work text not null default '',
  education text not null default '',
  documents text not null default '',
  health text not null default '',
  support_network text not null default '',
  named_worker text not null default '',
  young_person_agreed boolean not null default false,
  left_care_on date,
  left_planned boolean,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create unique index leaving_care_one_active on leaving_care_plans (case_id) where status = 'active';

-- Follow-ups after a child goes home (reunification) or leaves care (after-care), rated on the
-- eight well-being dimensions (1 = poor … 4 = good).
create table follow_ups (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  kind text not null check (kind in ('reunification', 'after_care')),
  due_on date not null,
  held_on date,
  status text not null default 'due' check (status in ('due', 'held', 'missed')),
  ratings jsonb,
  notes text not null default '',
  recorded_by uuid references users (id),
  version integer not null default 1
);
create index follow_ups_case_idx on follow_ups (case_id, due_on);
create index follow_ups_due_idx on follow_ups (due_on) where status = 'due';
