import type { Queryable } from '../client';

/** Inserts reference rows that are missing; an administrator's later edits are kept. */
export async function ensureLocation(q: Queryable, code: string, name: unknown): Promise<string> {
  await q.query('insert into locations (code, name) values ($1, $2) on conflict (code) do nothing', [
    code,
    JSON.stringify(name),
  ]);
  const rows = await q.query<{ id: string }>('select id from locations where code = $1', [code]);
  return rows[0]!.id;
}

export async function ensureProgramme(
  q: Queryable,
  p: {
    code: string;
    type: string;
    locationId: string;
    name: unknown;
    startDate: string | null;
    startDatePrecision: string;
    milestones: unknown;
    sourceNote: string | null;
  },
): Promise<{ id: string; created: boolean }> {
  const inserted = await q.query<{ id: string }>(
    `insert into programmes (code, type, location_id, name, start_date, start_date_precision, milestones, source_note)
     values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (code) do nothing returning id`,
    [
      p.code,
      p.type,
      p.locationId,
      JSON.stringify(p.name),
      p.startDate,
      p.startDatePrecision,
      JSON.stringify(p.milestones),
      p.sourceNote,
    ],
  );
  if (inserted[0]) return { id: inserted[0].id, created: true };
  const rows = await q.query<{ id: string }>('select id from programmes where code = $1', [p.code]);
  return { id: rows[0]!.id, created: false };
}

export async function insertHouse(
  q: Queryable,
  h: { programmeId: string; houseNumber: number; name: string; capacity: number },
): Promise<void> {
  await q.query(
    `insert into family_houses (programme_id, house_number, name, capacity) values ($1, $2, $3, $4)
     on conflict (programme_id, house_number) do nothing`,
    [h.programmeId, h.houseNumber, h.name, h.capacity],
  );
}
