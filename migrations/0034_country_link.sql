-- A country's own Yuva linked to the cooperation hub (issue 17, decision 0045): who it registers
-- as, when it made its key pair, and what the hub answered when the public key was registered.
-- The key pair itself is in cooperation_settings (0032); the private key never leaves this row.

alter table cooperation_settings
  add column organisation text check (organisation is null or length(organisation) between 1 and 300);
alter table cooperation_settings
  add column contact text check (contact is null or length(contact) between 1 and 300);
alter table cooperation_settings add column key_created_at timestamptz;
-- Set when the hub took the public key; cleared with a new key, another country or another hub.
alter table cooperation_settings add column hub_registered_at timestamptz;
alter table cooperation_settings
  add column hub_key_status text check (hub_key_status in ('pending', 'confirmed', 'revoked'));
