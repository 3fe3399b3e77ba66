-- The hub's side of the cooperation channel (issue 17, decision 0045): who registered a country's
-- key (the organisation and a contact the hub's administrator calls to compare the fingerprint)
-- and when a key was taken out of use.
alter table country_keys add column organisation text not null default '';
alter table country_keys add column contact text not null default '';
alter table country_keys add column revoked_at timestamptz;
alter table country_keys add column revoked_by uuid references users (id);
create index country_keys_country_idx on country_keys (country, registered_at desc);

-- The list of received documents, newest first.
create index cooperation_documents_received_idx on cooperation_documents (received_at desc);
