-- The children list pages newest first; this index lets a page stop after its fifty rows.
create index cases_opened_idx on cases (opened_on desc, id desc) where status <> 'closed';
