-- Byte-order ("C") indexes serve both the prefix match (like 'abc%') and the ORDER BY that lets
-- a search stop after a few hundred entries, whatever the database's collation.
drop index person_name_keys_key_idx;
drop index person_name_keys_folded_idx;
create index person_name_keys_key_idx on person_name_keys (key collate "C");
create index person_name_keys_folded_idx on person_name_keys (folded collate "C");
