-- Finding a person across scripts: one row per word of a person's name with its folded form
-- (exact matches) and its match key (the same name in any script or spelling), both indexed
-- for prefix search as the user types, and trigrams of the key for near spellings.
create extension if not exists pg_trgm;

create table person_name_keys (
  person_id uuid not null references persons (id) on delete cascade,
  position smallint not null,
  folded text not null,
  key text not null,
  primary key (person_id, position)
);
create index person_name_keys_key_idx on person_name_keys (key text_pattern_ops);
create index person_name_keys_folded_idx on person_name_keys (folded text_pattern_ops);
create index person_name_keys_trgm_idx on person_name_keys using gin (key gin_trgm_ops);
create index persons_birth_year_idx on persons (extract(year from birth_date));
