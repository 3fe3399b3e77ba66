-- The Foster Family Working Group on the hub (issue 17 item 1, decision 0045): its meetings
-- (agenda, attendance, minutes, numbered decisions), the action items decided there, and the
-- declaration's commitments with each member country's status on them.

create table working_group_meetings (
  id uuid primary key default gen_random_uuid(),
  held_at timestamptz not null,
  online boolean not null,
  -- Where the delegates met when not online: a city and its country.
  city text check (city is null or length(city) between 1 and 100),
  city_country text check (city_country ~ '^[A-Z]{2}$'),
  title text not null check (length(title) between 1 and 200),
  -- The language the minutes are written in (the group writes in one language at a time).
  language text not null check (language in ('az', 'tr', 'ru', 'en')),
  minutes text not null default '' check (length(minutes) <= 20000),
  version integer not null default 1,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (online or (city is not null and city_country is not null))
);
create index working_group_meetings_held_idx on working_group_meetings (held_at);

-- A meeting's agenda: an ordered list of titles, each with optional notes.
create table working_group_agenda_items (
  meeting_id uuid not null references working_group_meetings (id) on delete cascade,
  position integer not null check (position >= 1),
  title text not null check (length(title) between 1 and 300),
  notes text not null default '' check (length(notes) <= 4000),
  primary key (meeting_id, position)
);

-- Which delegates attended: present, absent or excused.
create table working_group_attendance (
  meeting_id uuid not null references working_group_meetings (id) on delete cascade,
  delegate_id uuid not null references working_group_delegates (id),
  status text not null check (status in ('present', 'absent', 'excused')),
  primary key (meeting_id, delegate_id)
);

-- A meeting's decisions, numbered; an action item names the decision it comes from.
create table working_group_decisions (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references working_group_meetings (id),
  number integer not null check (number >= 1),
  text text not null check (length(text) between 1 and 4000),
  unique (meeting_id, number)
);

-- The declaration's commitments (shared/domain.md §10), reference data in the four languages.
create table cooperation_commitments (
  code text primary key check (code ~ '^[a-z_]{2,40}$'),
  position integer not null,
  titles jsonb not null
);
insert into cooperation_commitments (code, position, titles) values
  ('best_practice', 1, '{"az": "Ölkələr arasında ən yaxşı təcrübə mübadiləsi", "tr": "Ülkeler arasında iyi uygulama paylaşımı", "ru": "Обмен лучшей практикой между странами", "en": "Exchange of best practice between countries"}'),
  ('foster_family_day', 2, '{"az": "30 iyun — Beynəlxalq Himayədar Ailə Günü", "tr": "30 Haziran — Uluslararası Koruyucu Aile Günü", "ru": "30 июня — Международный день приёмной семьи", "en": "30 June as international Foster Family Day"}'),
  ('working_group', 3, '{"az": "Himayədar Ailə İşçi Qrupu", "tr": "Koruyucu Aile Çalışma Grubu", "ru": "Рабочая группа «Приёмная семья»", "en": "The Foster Family Working Group"}'),
  ('model_ambassadors', 4, '{"az": "Himayədar ailə modelinin yayılması və könüllü səfirlər", "tr": "Koruyucu aile modelinin yaygınlaştırılması ve gönüllü elçiler", "ru": "Распространение модели приёмной семьи и волонтёры-послы", "en": "Spreading the foster-family model and volunteer ambassadors"}'),
  ('technical_support', 5, '{"az": "Texniki dəstək: təlimlər və təcrübə səfərləri", "tr": "Teknik destek: eğitimler ve çalışma ziyaretleri", "ru": "Техническая поддержка: обучение и ознакомительные визиты", "en": "Technical support: trainings and study visits"}');

-- Each member country's status on a commitment, edited by that country's delegates.
create table commitment_country_statuses (
  commitment text not null references cooperation_commitments (code),
  country text not null references member_countries (code),
  status text not null check (status in ('not_started', 'in_progress', 'done')),
  note text not null default '' check (length(note) <= 2000),
  version integer not null default 1,
  updated_by uuid references users (id),
  updated_at timestamptz not null default now(),
  primary key (commitment, country)
);

-- What a decision asks a country to do, by when; it may serve one of the commitments.
create table working_group_action_items (
  id uuid primary key default gen_random_uuid(),
  decision_id uuid not null references working_group_decisions (id),
  commitment text references cooperation_commitments (code),
  title text not null check (length(title) between 1 and 300),
  owner_country text not null references member_countries (code),
  owner_delegate_id uuid references working_group_delegates (id),
  due_on date not null,
  status text not null default 'open' check (status in ('open', 'in_progress', 'done', 'dropped')),
  version integer not null default 1,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index working_group_action_items_owner_idx on working_group_action_items (owner_country, status, due_on);
create index working_group_action_items_decision_idx on working_group_action_items (decision_id);

-- Progress notes on an action item: appended, never edited (with the status it moved to, if any).
create table working_group_action_notes (
  id uuid primary key default gen_random_uuid(),
  -- The order they were written in, when two share a moment.
  seq bigint generated always as identity,
  action_item_id uuid not null references working_group_action_items (id),
  written_at timestamptz not null default now(),
  written_by uuid references users (id),
  author_name text not null,
  status text check (status in ('open', 'in_progress', 'done', 'dropped')),
  note text not null check (length(note) between 1 and 4000)
);
create index working_group_action_notes_item_idx on working_group_action_notes (action_item_id, written_at);
