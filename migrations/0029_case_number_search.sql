-- Part of a case number finds the case: people remember its last digits ("000289" for
-- YV-2026-000289), so the search matches anywhere in it, with trigrams of the number indexed.
create index cases_case_number_trgm_idx on cases using gin (case_number gin_trgm_ops);
