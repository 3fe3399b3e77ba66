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
