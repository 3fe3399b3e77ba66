import type { ObservancePlan } from '../../../common/contracts/observance';
import type { Queryable } from '../client';

/** The shared calendar of observance days and each country's campaign plan for a day and year. */

export interface ObservanceDayRow {
  id: string;
  country: string | null;
  month: number;
  day: number;
  names: { az: string; tr: string; ru: string; en: string };
}

export async function insertObservanceDay(
  q: Queryable,
  d: Omit<ObservanceDayRow, 'id'>,
): Promise<string | null> {
  const rows = await q.query<{ id: string }>(
    `insert into observance_days (country, month, day, names) values ($1, $2, $3, $4)
     on conflict (country, month, day) do nothing returning id`,
    [d.country, d.month, d.day, JSON.stringify(d.names)],
  );
  return rows[0]?.id ?? null;
}

export async function listObservanceDays(q: Queryable): Promise<ObservanceDayRow[]> {
  return q.query<ObservanceDayRow>(
    'select id, country, month, day, names from observance_days order by month, day, country nulls first',
  );
}

export async function findObservanceDay(q: Queryable, id: string): Promise<ObservanceDayRow | undefined> {
  return (
    await q.query<ObservanceDayRow>(
      'select id, country, month, day, names from observance_days where id = $1',
      [id],
    )
  )[0];
}

export type ObservancePlanRow = ObservancePlan;
const PLAN = `id, day_id as "dayId", country, year, plan, events, status, version`;

export async function plansOfYear(q: Queryable, year: number): Promise<ObservancePlanRow[]> {
  return q.query<ObservancePlanRow>(`select ${PLAN} from observance_plans where year = $1 order by country`, [
    year,
  ]);
}

export async function findPlan(
  q: Queryable,
  key: { dayId: string; country: string; year: number },
): Promise<ObservancePlanRow | undefined> {
  return (
    await q.query<ObservancePlanRow>(
      `select ${PLAN} from observance_plans where day_id = $1 and country = $2 and year = $3`,
      [key.dayId, key.country, key.year],
    )
  )[0];
}

type PlanContent = Pick<ObservancePlanRow, 'plan' | 'events' | 'status'>;

/** A new plan; null when one was written meanwhile (the caller answers 409). */
export async function insertPlan(
  q: Queryable,
  key: { dayId: string; country: string; year: number },
  p: PlanContent,
): Promise<string | null> {
  const rows = await q.query<{ id: string }>(
    `insert into observance_plans (day_id, country, year, plan, events, status) values ($1, $2, $3, $4, $5, $6)
     on conflict (day_id, country, year) do nothing returning id`,
    [key.dayId, key.country, key.year, p.plan, JSON.stringify(p.events), p.status],
  );
  return rows[0]?.id ?? null;
}

export async function updatePlan(
  q: Queryable,
  id: string,
  version: number,
  p: PlanContent,
): Promise<boolean> {
  const rows = await q.query(
    `update observance_plans set plan = $3, events = $4, status = $5, version = version + 1, updated_at = now()
      where id = $1 and version = $2 returning id`,
    [id, version, p.plan, JSON.stringify(p.events), p.status],
  );
  return rows.length === 1;
}
