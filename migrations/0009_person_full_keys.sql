-- The whole name as one key, in both orders ("given family …" and "family given …"), so a search
-- for two or more words is one index range scan, however common each word is alone.
create table person_full_keys (
  person_id uuid not null references persons (id) on delete cascade,
  ordering smallint not null,
  folded text not null,
  key text not null,
  primary key (person_id, ordering)
);
create index person_full_keys_key_idx on person_full_keys (key collate "C");
create index person_full_keys_folded_idx on person_full_keys (folded collate "C");
