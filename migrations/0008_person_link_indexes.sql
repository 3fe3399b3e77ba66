-- Every way a person is linked, indexed from the person's side (search, duplicates, merges).
create index cases_child_idx on cases (child_id);
create index family_members_person_idx on family_members (person_id);
create index family_members_child_idx on family_members (child_id);
create index house_caregivers_person_idx on house_caregivers (person_id);
