import type { AuditEventView, AuditQuery } from '../../../common/contracts/audit';
import type { Queryable } from '../client';

export interface AuditEventInput {
  actorUserId: string | null;
  actorUsername: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes?: unknown;
  requestId: string | null;
  ip: string | null;
  /** The child's case the event concerns, for the case timeline and access log. */
  caseId?: string | null;
}

export async function insertAuditEvent(q: Queryable, e: AuditEventInput): Promise<void> {
  await q.query(
    `insert into audit_events (actor_user_id, actor_username, action, entity_type, entity_id, changes, request_id, ip, case_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      e.actorUserId,
      e.actorUsername,
      e.action,
      e.entityType,
      e.entityId,
      e.changes === undefined ? null : JSON.stringify(e.changes),
      e.requestId,
      e.ip,
      e.caseId ?? null,
    ],
  );
}

interface AuditRow {
  id: number;
  at: Date;
  actor_user_id: string | null;
  actor_username: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  changes: unknown;
  request_id: string | null;
  ip: string | null;
  case_id: string | null;
  total: number;
}

type AuditFilters = Omit<AuditQuery, 'page' | 'pageSize'>;

/** The audit log's filters as SQL conditions (shared by the page, its export and their counts). */
function auditConditions(query: AuditFilters) {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (query.action) add('action = ?', query.action);
  if (query.entityType) add('entity_type = ?', query.entityType);
  if (query.entityId) add('entity_id = ?', query.entityId);
  if (query.actor) add('actor_username = ?', query.actor);
  if (query.from) add('at >= ?::date', query.from);
  if (query.to) add("at < (?::date + interval '1 day')", query.to);
  return { where, params };
}

function auditView(r: AuditRow): AuditEventView {
  return {
    id: Number(r.id),
    at: new Date(r.at).toISOString(),
    actorUserId: r.actor_user_id,
    actorUsername: r.actor_username,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    recordName: null,
    caseId: r.case_id,
    caseNumber: null,
    changes: r.changes,
    requestId: r.request_id,
    ip: r.ip,
  };
}

export async function findAuditEvents(
  q: Queryable,
  query: AuditQuery,
): Promise<{ items: AuditEventView[]; total: number }> {
  const { where, params } = auditConditions(query);
  params.push(query.pageSize, (query.page - 1) * query.pageSize);
  const rows = await q.query<AuditRow>(
    `select *, count(*) over ()::int as total from audit_events
     ${where.length ? `where ${where.join(' and ')}` : ''}
     order by id desc limit $${params.length - 1} offset $${params.length}`,
    params,
  );
  return { total: rows[0]?.total ?? 0, items: rows.map(auditView) };
}

/** How many events match, and the newest one's id (an export stops there, before its own row). */
export async function countAuditEvents(
  q: Queryable,
  query: AuditFilters,
): Promise<{ count: number; lastId: number }> {
  const { where, params } = auditConditions(query);
  const rows = await q.query<{ n: number; last: number | null }>(
    `select count(*)::int as n, max(id) as last from audit_events ${where.length ? `where ${where.join(' and ')}` : ''}`,
    params,
  );
  return { count: rows[0]?.n ?? 0, lastId: Number(rows[0]?.last ?? 0) };
}

/** The next `limit` audit events (newest first) with an id below `beforeId`, by keyset. */
export async function auditEventBatch(
  q: Queryable,
  query: AuditFilters,
  beforeId: number | null,
  limit: number,
): Promise<AuditEventView[]> {
  const { where, params } = auditConditions(query);
  if (beforeId !== null) {
    params.push(beforeId);
    where.push(`id < $${params.length}`);
  }
  params.push(limit);
  const rows = await q.query<AuditRow>(
    `select * from audit_events ${where.length ? `where ${where.join(' and ')}` : ''}
      order by id desc limit $${params.length}`,
    params,
  );
  return rows.map(auditView);
}

export async function distinctAuditActions(q: Queryable): Promise<string[]> {
  const rows = await q.query<{ action: string }>('select distinct action from audit_events order by action');
  return rows.map((r) => r.action);
}

/** The most recent recorded change of an entity: who, when, which fields. */
export async function lastChangeOf(
  q: Queryable,
  entityType: string,
  entityId: string,
): Promise<{ actorUsername: string | null; at: string; fields: string[] } | undefined> {
  const rows = await q.query<{ actor_username: string | null; at: Date; changes: unknown }>(
    `select actor_username, at, changes from audit_events
      where entity_type = $1 and entity_id = $2 and action not like '%viewed' order by id desc limit 1`,
    [entityType, entityId],
  );
  const row = rows[0];
  if (!row) return undefined;
  const fields = row.changes && typeof row.changes === 'object' ? Object.keys(row.changes) : [];
  return { actorUsername: row.actor_username, at: new Date(row.at).toISOString(), fields };
}

export interface CaseEventRow {
  id: number;
  at: string;
  actorName: string | null;
  action: string;
  entityType: string;
  changes: unknown;
  ip: string | null;
}

/** What happened in a case (every change), newest first; `views` instead lists who looked at it. */
export async function caseEvents(
  q: Queryable,
  caseId: string,
  kind: 'changes' | 'views',
  limit = 500,
): Promise<CaseEventRow[]> {
  const rows = await q.query<CaseEventRow>(
    `select e.id, e.at, coalesce(u.display_name, e.actor_username) as "actorName", e.action, e.entity_type as "entityType",
            e.changes, e.ip
       from audit_events e left join users u on u.id = e.actor_user_id
      where e.case_id = $1 and (e.action = 'case.viewed') = $2
      order by e.id desc limit $3`,
    [caseId, kind === 'views', limit],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), at: new Date(r.at).toISOString() }));
}

interface ChainDbRow {
  id: number;
  seq: number;
  prev_hash: string;
  hash: string;
  f_id: string;
  f_at: string;
  f_actor_user_id: string | null;
  actor_username: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  f_changes: string | null;
  request_id: string | null;
  ip: string | null;
  f_case_id: string | null;
}

/**
 * The next `limit` rows of the audit hash chain after place `afterSeq`, each field rendered as
 * the text the chain hashes (`CANONICAL_FIELDS` in domain/audit/chain.ts).
 */
export async function auditChainBatch(
  q: Queryable,
  afterSeq: number,
  limit: number,
): Promise<{ id: number; seq: number; prevHash: string; hash: string; fields: (string | null)[] }[]> {
  const rows = await q.query<ChainDbRow>(
    `select id, seq, prev_hash, hash, id::text as f_id,
            to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as f_at,
            actor_user_id::text as f_actor_user_id, actor_username, action, entity_type, entity_id,
            changes::text as f_changes, request_id, ip, case_id::text as f_case_id
       from audit_events where seq > $1 order by seq limit $2`,
    [afterSeq, limit],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    seq: Number(r.seq),
    prevHash: r.prev_hash,
    hash: r.hash,
    fields: [
      r.f_id,
      r.f_at,
      r.f_actor_user_id,
      r.actor_username,
      r.action,
      r.entity_type,
      r.entity_id,
      r.f_changes,
      r.request_id,
      r.ip,
      r.f_case_id,
    ],
  }));
}

/** The audit row whose own hash is `hash` (to say where a moved row belongs). */
export async function auditRowByHash(q: Queryable, hash: string): Promise<{ id: number } | undefined> {
  const rows = await q.query<{ id: number }>('select id from audit_events where hash = $1 limit 1', [hash]);
  return rows[0] ? { id: Number(rows[0].id) } : undefined;
}

/** The last row of the audit hash chain (the highest `seq`), or undefined when the table is empty. */
export async function auditChainTail(q: Queryable): Promise<{ seq: number; hash: string } | undefined> {
  const rows = await q.query<{ seq: number; hash: string }>(
    'select seq, hash from audit_events where seq is not null order by seq desc limit 1',
  );
  return rows[0] ? { seq: Number(rows[0].seq), hash: rows[0].hash } : undefined;
}

/** The hashes of the audit rows at the places `seqs` (those that exist). */
export async function auditHashesAt(q: Queryable, seqs: number[]): Promise<Map<number, string>> {
  const rows = await q.query<{ seq: number; hash: string }>(
    'select seq, hash from audit_events where seq = any($1::bigint[])',
    [seqs],
  );
  return new Map(rows.map((r) => [Number(r.seq), r.hash]));
}
