import type { Queryable } from '../client';

// Monitoring visits of a foster placement: scheduled when the child is placed, then held or missed.

export async function scheduleVisits(
  q: Queryable,
  v: { placementId: string; familyId: string; caseId: string; dates: string[] },
) {
  await q.query(
    `insert into foster_visits (placement_id, family_id, case_id, due_on) select $1, $2, $3, d from unnest($4::date[]) d`,
    [v.placementId, v.familyId, v.caseId, v.dates],
  );
}

/** A visit held outside the schedule: a row of its own, held on its day (due_on is that day). */
export async function insertUnscheduledVisit(
  q: Queryable,
  v: {
    placementId: string;
    familyId: string;
    caseId: string;
    heldOn: string;
    report: string;
    childWellbeing: number | null;
    by: string;
  },
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into foster_visits (placement_id, family_id, case_id, due_on, held_on, status, report, child_wellbeing,
                                recorded_by, unscheduled)
     values ($1, $2, $3, $4, $4, 'held', $5, $6, $7, true) returning id`,
    [v.placementId, v.familyId, v.caseId, v.heldOn, v.report, v.childWellbeing, v.by],
  );
  return rows[0]!.id;
}

export interface VisitRow {
  id: string;
  placementId: string;
  familyId: string;
  familyReference: string;
  caseId: string;
  caseNumber: string;
  childName: string;
  dueOn: string;
  heldOn: string | null;
  status: 'due' | 'held' | 'missed' | 'cancelled';
  report: string;
  childWellbeing: number | null;
  /** Held outside the schedule: recorded apart, it leaves the scheduled visits as they were. */
  unscheduled: boolean;
  version: number;
}

const VISIT = `v.id, v.placement_id as "placementId", v.family_id as "familyId", f.reference as "familyReference", v.case_id as "caseId",
  c.case_number as "caseNumber", p.given_name || ' ' || p.family_name as "childName", v.due_on as "dueOn", v.held_on as "heldOn",
  v.status, v.report, v.child_wellbeing as "childWellbeing", v.unscheduled, v.version`;
const VISIT_FROM = `from foster_visits v join foster_families f on f.id = v.family_id join cases c on c.id = v.case_id
  join persons p on p.id = c.child_id`;

export async function dueVisits(q: Queryable, until: string): Promise<VisitRow[]> {
  return q.query<VisitRow>(
    `select ${VISIT} ${VISIT_FROM} where v.status = 'due' and v.due_on <= $1 order by v.due_on limit 500`,
    [until],
  );
}

export async function visitsOfFamily(q: Queryable, familyId: string): Promise<VisitRow[]> {
  return q.query<VisitRow>(`select ${VISIT} ${VISIT_FROM} where v.family_id = $1 order by v.due_on`, [
    familyId,
  ]);
}

export async function findVisit(q: Queryable, id: string): Promise<VisitRow | undefined> {
  return (await q.query<VisitRow>(`select ${VISIT} ${VISIT_FROM} where v.id = $1`, [id]))[0];
}

export async function recordVisit(
  q: Queryable,
  id: string,
  r: {
    version: number;
    status: 'held' | 'missed';
    heldOn: string | null;
    report: string;
    childWellbeing: number | null;
    by: string;
  },
): Promise<boolean> {
  const rows = await q.query(
    `update foster_visits set status = $3, held_on = $4, report = $5, child_wellbeing = $6, recorded_by = $7, version = version + 1
      where id = $1 and version = $2 and status = 'due' returning id`,
    [id, r.version, r.status, r.heldOn, r.report, r.childWellbeing, r.by],
  );
  return rows.length === 1;
}
