-- Name keys put the close vowels i, ı, u and ü in one class (Qasımov = Касумов, Yusif = Yusuf):
-- the stored keys are rewritten the way common/text/name-key.ts now builds them (u → i, then a
-- run of one class kept once, as the key always did). The birth date is indexed for the
-- duplicate check, which now weighs a near spelling of the name with the same birth date.
update person_name_keys
   set key = regexp_replace(translate(key, 'u', 'i'), '(.)\1+', '\1', 'g')
 where key like '%u%';
update person_full_keys
   set key = regexp_replace(translate(key, 'u', 'i'), '(.)\1+', '\1', 'g')
 where key like '%u%';
create index persons_birth_date_idx on persons (birth_date);
-- Near spellings that trigrams alone miss (Muharrem ~ Məhərrəm, Fatma ~ Fatimə, Hatice ~ Xədicə):
-- the consonants of the key, voiceless, without vowels — what consonantSkeleton() in
-- common/text/name-key.ts computes — found by equality, then ranked by trigram similarity.
alter table person_name_keys
  add column skeleton text generated always as (
    regexp_replace(translate(regexp_replace(key, '[aio]', '', 'g'), 'db', 'tp'), '(.)\1+', '\1', 'g')
  ) stored;
create index person_name_keys_skeleton_idx on person_name_keys (skeleton);
-- The distinct keys, for the near tier: trigram and skeleton lookups on a few ten thousand
-- distinct keys instead of a row per word of every person, then the people by key equality.
-- Kept by a trigger wherever a key is written; a key nobody bears any more finds nobody.
create table name_key_lexicon (
  key text primary key,
  skeleton text generated always as (
    regexp_replace(translate(regexp_replace(key, '[aio]', '', 'g'), 'db', 'tp'), '(.)\1+', '\1', 'g')
  ) stored
);
insert into name_key_lexicon (key) select distinct key from person_name_keys;
create index name_key_lexicon_trgm_idx on name_key_lexicon using gin (key gin_trgm_ops);
create index name_key_lexicon_skeleton_idx on name_key_lexicon (skeleton);
create function name_key_lexicon_add() returns trigger language plpgsql as $$
begin
  insert into name_key_lexicon (key) values (new.key) on conflict do nothing;
  return null;
end $$;
create trigger person_name_keys_lexicon after insert or update of key on person_name_keys
  for each row execute function name_key_lexicon_add();
