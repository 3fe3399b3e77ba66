-- Two-factor sign-in (TOTP, RFC 6238), recovery codes, the roles that must use it, and sessions
-- half-way through sign-in with an absolute lifetime (decision 0012).

-- One authenticator per user. The secret is AES-256-GCM encrypted (never sent again once
-- confirmed); confirmed_at is null while the user has not yet typed a first code.
-- last_used_step: the 30-second step of the last accepted code, so a code is never accepted twice.
create table user_two_factor (
  user_id uuid primary key references users (id) on delete cascade,
  secret_encrypted text not null,
  confirmed_at timestamptz,
  last_used_step bigint,
  created_at timestamptz not null default now()
);

-- Single-use codes for a lost phone; only their SHA-256 is kept.
create table user_recovery_codes (
  id bigserial primary key,
  user_id uuid not null references users (id) on delete cascade,
  code_hash text not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);
create index user_recovery_codes_user_idx on user_recovery_codes (user_id);

-- What an administrator asks of each role's sign-in. A role without a row asks nothing extra.
create table role_security_settings (
  role text primary key,
  require_two_factor boolean not null default false,
  updated_at timestamptz not null default now(),
  version integer not null default 1
);

-- A session is 'full', or half-way: the password was right and the code ('two_factor') or the
-- enrolment of an authenticator ('enrolment') is still to come; such a session opens nothing else.
alter table sessions
  add column stage text not null default 'full' check (stage in ('full', 'two_factor', 'enrolment')),
  add column absolute_expires_at timestamptz;
update sessions set absolute_expires_at = created_at + interval '12 hours';
alter table sessions alter column absolute_expires_at set not null;
