import type { Queryable } from '../client';

/**
 * The good practices this installation shared with the hub: the last version sent of each (by its
 * `ref`) that reached the hub or was downloaded for it, from the payloads kept in cooperation_pushes.
 */
export interface SharedPracticeRow {
  payload: Record<string, unknown>;
  sentAt: string;
  status: 'accepted' | 'refused' | 'failed' | 'downloaded';
  via: 'network' | 'file';
}

const SENT = `kind = 'practice' and payload is not null and status in ('accepted', 'downloaded')`;

export async function listSharedPractices(q: Queryable): Promise<SharedPracticeRow[]> {
  const rows = await q.query<SharedPracticeRow>(
    `select payload, "sentAt", status, via from (
       select distinct on (payload ->> 'ref') payload, pushed_at as "sentAt", status, via
         from cooperation_pushes where ${SENT}
        order by payload ->> 'ref', pushed_at desc
     ) latest order by "sentAt" desc`,
  );
  return rows.map((r) => ({
    ...r,
    payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload,
    sentAt: new Date(r.sentAt).toISOString(),
  }));
}

/** Whether this installation already sent the practice with this ref (an update keeps it). */
export async function practiceWasShared(q: Queryable, ref: string): Promise<boolean> {
  const rows = await q.query(
    `select 1 from cooperation_pushes where ${SENT} and payload ->> 'ref' = $1 limit 1`,
    [ref],
  );
  return rows.length > 0;
}
