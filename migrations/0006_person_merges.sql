-- Merging two records of one person. Everything that pointed at the merged record is moved to
-- the surviving one; what moved is kept so an administrator can undo the merge.
alter table persons add column merged_into uuid references persons (id);

create table person_merges (
  id uuid primary key default gen_random_uuid(),
  survivor_id uuid not null references persons (id),
  merged_id uuid not null references persons (id),
  reason text not null,
  -- [{ "table": "placements", "column": "child_id", "ids": [...] }, …] and rows set aside because the
  -- survivor already had the same link: [{ "table": "family_members", "row": {...} }, …]
  moved jsonb not null,
  set_aside jsonb not null default '[]',
  merged_by uuid references users (id),
  merged_at timestamptz not null default now(),
  undone_by uuid references users (id),
  undone_at timestamptz
);
create index person_merges_people_idx on person_merges (survivor_id, merged_id);
