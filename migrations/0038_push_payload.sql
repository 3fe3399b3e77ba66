-- What a country sent, kept for the kinds it may send again as an update (a good practice: the
-- form is prefilled from the last version sent, with the same ref). Aggregates are not kept: they
-- are built again from the counts each time. Null for every other push.
alter table cooperation_pushes add column payload jsonb;
create index cooperation_pushes_practice_ref_idx on cooperation_pushes ((payload ->> 'ref'))
  where kind = 'practice' and payload is not null;
