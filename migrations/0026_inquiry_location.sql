-- The office area an inquiry came in at, so the foster funnel can be counted per location.
-- An inquiry linked to the family it became is placed by the family's office area instead.
alter table foster_inquiries add column location_id uuid references locations (id);
create index foster_inquiries_location_idx on foster_inquiries (location_id, received_on);
