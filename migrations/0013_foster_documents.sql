-- Documents a foster family sends through its private link (or an officer adds), kept in the
-- database like case documents so every instance and every backup has them.
create table foster_documents (
  id uuid primary key default gen_random_uuid(),
  family_id uuid not null references foster_families (id) on delete cascade,
  requirement_id uuid references foster_requirements (id) on delete set null,
  filename text not null,
  media_type text not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
  size_bytes integer not null,
  content bytea not null,
  -- Null when the applicant sent it through their link.
  uploaded_by uuid references users (id),
  uploaded_at timestamptz not null default now()
);
create index foster_documents_family_idx on foster_documents (family_id, uploaded_at desc);
