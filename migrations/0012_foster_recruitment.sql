-- Recruitment: campaigns and outreach events (awareness meetings, Foster Family Day), volunteer
-- ambassadors with the events they held and the inquiries they brought, every inquiry's source.
create table foster_campaigns (
  id uuid primary key default gen_random_uuid(),
  country text not null check (country ~ '^[A-Z]{2}$'),
  name text not null,
  kind text not null check (kind in ('awareness', 'foster_family_day', 'media', 'other')),
  starts_on date not null,
  ends_on date,
  created_by uuid references users (id),
  created_at timestamptz not null default now()
);

create table foster_ambassadors (
  id uuid primary key default gen_random_uuid(),
  country text not null check (country ~ '^[A-Z]{2}$'),
  name text not null,
  province text not null default '',
  phone text not null default '',
  recruited_by uuid references foster_ambassadors (id),
  joined_on date not null,
  active boolean not null default true
);

create table foster_events (
  id uuid primary key default gen_random_uuid(),
  country text not null check (country ~ '^[A-Z]{2}$'),
  campaign_id uuid references foster_campaigns (id),
  ambassador_id uuid references foster_ambassadors (id),
  kind text not null check (kind in ('awareness_meeting', 'foster_family_day', 'info_session', 'other')),
  held_on date not null,
  place text not null default '',
  attendees integer not null default 0 check (attendees >= 0)
);

create table foster_inquiries (
  id uuid primary key default gen_random_uuid(),
  country text not null check (country ~ '^[A-Z]{2}$'),
  received_on date not null,
  source text not null check (source in ('campaign', 'event', 'ambassador', 'website', 'media', 'referral', 'other')),
  campaign_id uuid references foster_campaigns (id),
  event_id uuid references foster_events (id),
  ambassador_id uuid references foster_ambassadors (id),
  contact_name text not null,
  phone text not null default '',
  status text not null default 'open' check (status in ('open', 'applied', 'dropped')),
  drop_reason text,
  family_id uuid references foster_families (id),
  created_by uuid references users (id),
  version integer not null default 1
);
create index foster_inquiries_received_idx on foster_inquiries (country, received_on);

alter table foster_families
  add column campaign_id uuid references foster_campaigns (id),
  add column ambassador_id uuid references foster_ambassadors (id);
