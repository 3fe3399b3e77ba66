-- Tamper-evident audit (decision 0011): every audit row carries its place in one chain (seq),
-- the hash of the row before it (prev_hash) and its own hash, SHA-256 over the previous hash
-- and a canonical text of the row's fields. `npm run audit:verify` walks the chain.

alter table audit_events
  add column seq bigint,
  add column prev_hash text,
  add column hash text;

-- The hash of one row: SHA-256 (hex) of prev_hash, a newline, then each field as
-- "<bytes>:<text>," (or "-," for null), in this order. server/domain/audit/chain.ts builds the
-- same text from the stored values to verify; change both together or not at all.
create function audit_event_hash(prev text, e audit_events) returns text
language plpgsql stable as $$
declare
  fields text[] := array[
    e.id::text,
    to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.actor_user_id::text,
    e.actor_username,
    e.action,
    e.entity_type,
    e.entity_id,
    e.changes::text,
    e.request_id,
    e.ip,
    e.case_id::text
  ];
  canonical text := '';
begin
  for i in 1 .. 11 loop
    canonical := canonical
      || case when fields[i] is null then '-' else octet_length(fields[i])::text || ':' || fields[i] end
      || ',';
  end loop;
  return encode(sha256(convert_to(prev || E'\n' || canonical, 'UTF8')), 'hex');
end;
$$;

-- Rows written before this migration are chained in id order (the only order they have).
alter table audit_events disable trigger audit_events_no_update;
create temporary table audit_chain_backfill (
  id bigint primary key,
  seq bigint not null,
  prev_hash text not null,
  hash text not null
) on commit drop;
do $$
declare
  r audit_events;
  prev text := repeat('0', 64);
  next_hash text;
  n bigint := 0;
begin
  for r in select * from audit_events order by id loop
    n := n + 1;
    next_hash := audit_event_hash(prev, r);
    insert into audit_chain_backfill values (r.id, n, prev, next_hash);
    prev := next_hash;
  end loop;
end;
$$;
update audit_events e
   set seq = b.seq, prev_hash = b.prev_hash, hash = b.hash
  from audit_chain_backfill b
 where b.id = e.id;
alter table audit_events enable trigger audit_events_no_update;

alter table audit_events
  alter column seq set not null,
  alter column prev_hash set not null,
  alter column hash set not null;
-- One row per place: two writers can never both extend the chain from the same row.
create unique index audit_events_seq_key on audit_events (seq);

-- Chains each new row to the last committed one. The transaction-level advisory lock is held
-- until the writing transaction commits or rolls back, so no other writer (on any instance)
-- can read the chain's end in between: rows are chained in commit order, and the query below
-- (a fresh snapshot per statement under READ COMMITTED) sees the previous writer's row.
-- A row that arrives with all three chain fields set (a restore copying rows as they were) is
-- kept as it is; `audit:verify` checks it like any other.
create function audit_events_chain() returns trigger
language plpgsql as $$
declare
  last_seq bigint;
  last_hash text;
begin
  if new.seq is not null and new.prev_hash is not null and new.hash is not null then
    return new;
  end if;
  perform pg_advisory_xact_lock(7431003);
  select seq, hash into last_seq, last_hash from audit_events order by seq desc limit 1;
  new.seq := coalesce(last_seq, 0) + 1;
  new.prev_hash := coalesce(last_hash, repeat('0', 64));
  new.hash := audit_event_hash(new.prev_hash, new);
  return new;
end;
$$;
create trigger audit_events_chain before insert on audit_events
  for each row execute function audit_events_chain();
