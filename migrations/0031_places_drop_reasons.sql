-- A foster family's district as a code of the places reference data (common/places, decision
-- 0044); the text the family typed stays in `district` as a note. Codes for
-- the old free text are filled once by the district matching at start (server/domain/foster/district-matching.ts).
alter table foster_families add column district_code text;
create index foster_families_district_code_idx on foster_families (district_code);

-- Why an inquiry dropped out, as a code (common/foster-drop-reasons.ts); `drop_reason` is now the
-- note beside it. The old free text cannot be read reliably: it counts as "other", its text kept.
alter table foster_inquiries add column drop_reason_code text;
update foster_inquiries set drop_reason_code = 'other' where status = 'dropped';
