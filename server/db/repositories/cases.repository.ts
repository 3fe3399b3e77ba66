import type { CaseStatus } from '../../../common/cases';
import type { LocalizedText } from '../../../common/i18n/locales';
import type { Queryable } from '../client';
import { type CaseViewer, caseVisible, viewerParams } from './case-scope';
import { reviewDueOnSql } from './review-due';

export interface CaseRecord {
  id: string;
  caseNumber: string;
  childId: string;
  status: CaseStatus;
  locationId: string;
  programmeId: string | null;
  assignedWorkerId: string | null;
  siblingGroupId: string | null;
  openedOn: string;
  closedOn: string | null;
  closeReason: string | null;
  reEntry: boolean;
  nextReviewOn: string | null;
  version: number;
}

const CASE_COLUMNS = `c.id, c.case_number as "caseNumber", c.child_id as "childId", c.status, c.location_id as "locationId",
  c.programme_id as "programmeId", c.assigned_worker_id as "assignedWorkerId", c.sibling_group_id as "siblingGroupId",
  c.opened_on as "openedOn", c.closed_on as "closedOn", c.close_reason as "closeReason", c.re_entry as "reEntry",
  c.next_review_on as "nextReviewOn", c.version`;

/** Case numbers people can say on the phone: YV-2026-000123. */
export async function nextCaseNumber(q: Queryable, year: number): Promise<string> {
  const n = (await q.query<{ n: number }>("select nextval('case_number_seq')::int as n"))[0]!.n;
  return `YV-${year}-${String(n).padStart(6, '0')}`;
}

export async function insertCase(
  q: Queryable,
  c: {
    caseNumber: string;
    childId: string;
    locationId: string;
    programmeId: string | null;
    assignedWorkerId: string | null;
    siblingGroupId: string | null;
    openedOn: string;
  },
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into cases (case_number, child_id, location_id, programme_id, assigned_worker_id, sibling_group_id, opened_on)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [c.caseNumber, c.childId, c.locationId, c.programmeId, c.assignedWorkerId, c.siblingGroupId, c.openedOn],
  );
  return rows[0]!.id;
}

export async function openCaseOfChild(
  q: Queryable,
  childId: string,
): Promise<{ id: string; caseNumber: string } | undefined> {
  const rows = await q.query<{ id: string; caseNumber: string }>(
    `select id, case_number as "caseNumber" from cases where child_id = $1 and status <> 'closed'`,
    [childId],
  );
  return rows[0];
}

/** The case if the viewer may see it; otherwise nothing, exactly as if it did not exist. */
export async function findVisibleCase(
  q: Queryable,
  viewer: CaseViewer,
  id: string,
): Promise<CaseRecord | undefined> {
  const rows = await q.query<CaseRecord>(
    `select ${CASE_COLUMNS} from cases c where c.id = $5 and ${caseVisible(1)}`,
    [...viewerParams(viewer), id],
  );
  return rows[0];
}

export async function createSiblingGroup(q: Queryable, personIds: string[]): Promise<string> {
  const id = (await q.query<{ id: string }>('insert into sibling_groups default values returning id'))[0]!.id;
  for (const personId of personIds) {
    await q.query('insert into sibling_group_members (group_id, person_id) values ($1, $2)', [id, personId]);
  }
  return id;
}

const CASE_CHANGE_COLUMNS = {
  status: 'status',
  assignedWorkerId: 'assigned_worker_id',
  locationId: 'location_id',
  programmeId: 'programme_id',
  closedOn: 'closed_on',
  closeReason: 'close_reason',
  reEntry: 're_entry',
} as const;
export type CaseChanges = Partial<Record<keyof typeof CASE_CHANGE_COLUMNS, unknown>>;

/** Optimistic update of a case (`version` null: an internal follow-up change within the same transaction). */
export async function updateCase(
  q: Queryable,
  id: string,
  version: number | null,
  changes: CaseChanges,
): Promise<CaseRecord | undefined> {
  const sets: string[] = [];
  const params: unknown[] = [id];
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    params.push(value);
    sets.push(`${CASE_CHANGE_COLUMNS[key as keyof typeof CASE_CHANGE_COLUMNS]} = $${params.length}`);
  }
  let check = '';
  if (version !== null) {
    params.push(version);
    check = `and version = $${params.length}`;
  }
  const rows = await q.query<CaseRecord>(
    `update cases c set ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
      where c.id = $1 ${check} returning ${CASE_COLUMNS}`,
    params,
  );
  return rows[0];
}

/**
 * Stores the date the case's next review falls due, by the one rule of `review-due.ts` as at
 * everything recorded; null unless the child is in care.
 */
export async function refreshNextReview(q: Queryable, caseId: string): Promise<void> {
  await q.query(
    `update cases c set next_review_on = case when c.status <> 'in_care' then null
        else ${reviewDueOnSql('c.id', "'infinity'::date")} end
     where c.id = $1`,
    [caseId],
  );
}

export interface SiblingRow {
  personId: string;
  name: string;
  caseId: string | null;
  caseNumber: string | null;
  programmeName: LocalizedText | null;
  houseNumber: number | null;
  houseId: string | null;
  programmeId: string | null;
  settingType: string | null;
  /** Whom to ask about the brother's or sister's case: its location and worker. */
  locationName: LocalizedText | null;
  workerName: string | null;
}

/** Brothers and sisters (same sibling group) with their open case and where they live now. */
export async function siblingsOf(q: Queryable, childId: string): Promise<SiblingRow[]> {
  return q.query<SiblingRow>(
    `select distinct on (p.id) p.id as "personId", p.given_name || ' ' || p.family_name as name,
            c.id as "caseId", c.case_number as "caseNumber",
            pr.name as "programmeName", h.house_number as "houseNumber",
            pl.house_id as "houseId", pl.programme_id as "programmeId", pl.setting_type as "settingType",
            l.name as "locationName", u.display_name as "workerName"
       from sibling_group_members me
       join sibling_group_members m on m.group_id = me.group_id and m.person_id <> me.person_id
       join persons p on p.id = m.person_id
       left join cases c on c.child_id = p.id and c.status <> 'closed'
       left join placements pl on pl.child_id = p.id and pl.end_date is null and not pl.superseded
       left join programmes pr on pr.id = pl.programme_id
       left join family_houses h on h.id = pl.house_id
       left join locations l on l.id = c.location_id
       left join users u on u.id = c.assigned_worker_id
      where me.person_id = $1
      order by p.id`,
    [childId],
  );
}

export async function caseLabels(
  q: Queryable,
  caseId: string,
): Promise<{ locationName: LocalizedText; programmeName: LocalizedText | null; workerName: string | null }> {
  const rows = await q.query<{
    locationName: LocalizedText;
    programmeName: LocalizedText | null;
    workerName: string | null;
  }>(
    `select l.name as "locationName", pr.name as "programmeName", u.display_name as "workerName"
       from cases c join locations l on l.id = c.location_id
       left join programmes pr on pr.id = c.programme_id left join users u on u.id = c.assigned_worker_id
      where c.id = $1`,
    [caseId],
  );
  return rows[0]!;
}

export async function insertTransfer(
  q: Queryable,
  t: {
    caseId: string;
    fromWorkerId: string | null;
    toWorkerId: string | null;
    fromLocationId: string;
    toLocationId: string;
    reason: string;
    by: string;
  },
): Promise<void> {
  await q.query(
    `insert into case_transfers (case_id, from_worker_id, to_worker_id, from_location_id, to_location_id, reason, transferred_by)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [t.caseId, t.fromWorkerId, t.toWorkerId, t.fromLocationId, t.toLocationId, t.reason, t.by],
  );
}

/** The last day a child of this person left care by reunification, for the 12-month re-entry flag. */
export async function lastReunificationOf(q: Queryable, childId: string): Promise<string | null> {
  const rows = await q.query<{ d: string | null }>(
    `select max(end_date) as d from placements
      where child_id = $1 and end_reason = 'reunification' and not superseded`,
    [childId],
  );
  return rows[0]?.d ?? null;
}

/**
 * Active social workers and supervisors whose scope covers a case at the location (and of the
 * programme, when it has one): those the case may be assigned to. `workerId` narrows to one.
 */
export async function workersCovering(
  q: Queryable,
  at: { locationId: string; programmeId: string | null },
  workerId: string | null = null,
): Promise<{ id: string; displayName: string; role: string }[]> {
  return q.query(
    `select id, display_name as "displayName", role from users
      where status = 'active' and role in ('social_worker', 'supervisor')
        and (scope_all or $1 = any(scope_location_ids) or $2::uuid = any(scope_programme_ids))
        and ($3::uuid is null or id = $3::uuid)
      order by display_name`,
    [at.locationId, at.programmeId, workerId],
  );
}

/** The child's open case, or else their latest one. */
export async function currentCaseIdOfChild(q: Queryable, childId: string): Promise<string | undefined> {
  const rows = await q.query<{ id: string }>(
    "select id from cases where child_id = $1 order by (status <> 'closed') desc, opened_on desc limit 1",
    [childId],
  );
  return rows[0]?.id;
}

/** Every case of a child, oldest first. */
export async function casesOfChild(
  q: Queryable,
  childId: string,
): Promise<{ id: string; caseNumber: string; status: string }[]> {
  return q.query(
    'select id, case_number as "caseNumber", status from cases where child_id = $1 order by opened_on',
    [childId],
  );
}

/** How a case came in: the referral recorded when it is opened. */
export async function insertReferral(
  q: Queryable,
  r: {
    caseId: string;
    receivedOn: string;
    source: string;
    sourceDetail: string | null;
    reasons: readonly string[];
    description: string;
    by: string;
  },
): Promise<void> {
  await q.query(
    `insert into referrals (case_id, received_on, source, source_detail, reasons, description, created_by)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [r.caseId, r.receivedOn, r.source, r.sourceDetail, r.reasons, r.description, r.by],
  );
}
