import type { RecordKind } from '../../../common/contracts/common';
import type { Queryable } from '../client';
import { type CaseViewer, caseVisible, viewerParams } from './case-scope';
import { HOUSEHOLD_IN_SCOPE } from './households.repository';

/*
 * Which records of a kind the viewer may name in a request: the same rules as the lists and
 * pages that show them. Viewer parameters are $1 (all), $2 (locations), $3 (programmes),
 * $4 (user); $5 is the array of ids asked about.
 */

/** Programme `p` is in scope: all, its location, itself, or the viewer teaches one of its groups. */
const PROGRAMME = `($1::boolean or p.location_id = any($2::uuid[]) or p.id = any($3::uuid[])
  or exists (select 1 from programme_groups g where g.programme_id = p.id and g.teacher_id = $4::uuid))`;

const VIA_CASE = (column: string) =>
  `exists (select 1 from cases c where c.id = ${column} and ${caseVisible(1)})`;

/**
 * SQL condition: person `alias` is a child whose case, or a relative of a child whose case, the
 * viewer may open; a member of a household they work with; or enrolled in a programme of theirs.
 */
export function personVisible(alias: string): string {
  return `($1::boolean
  or exists (select 1 from cases c where c.child_id = ${alias}.id and ${caseVisible(1)})
  or exists (select 1 from family_members fm join cases c on c.child_id = fm.child_id
              where fm.person_id = ${alias}.id and ${caseVisible(1)})
  or exists (select 1 from household_members hm join households h on h.id = hm.household_id
              where hm.person_id = ${alias}.id and ${HOUSEHOLD_IN_SCOPE})
  or exists (select 1 from enrolments e join programmes p on p.id = e.programme_id
              where e.person_id = ${alias}.id and ${PROGRAMME}))`;
}

/** A colleague `x` the viewer may name (assign, filter by): someone who works where they work (the supervisor's team too). */
export const WORKER = `($1::boolean or x.id = $4::uuid or x.scope_all
  or x.scope_location_ids && $2::uuid[] or x.scope_programme_ids && $3::uuid[]
  or exists (select 1 from programmes p where p.id = any(x.scope_programme_ids) and p.location_id = any($2::uuid[]))
  or exists (select 1 from programmes p where p.id = any($3::uuid[]) and p.location_id = any(x.scope_location_ids)))`;

const ENROLMENT = `(exists (select 1 from programmes p where p.id = x.programme_id and ${PROGRAMME})
  or exists (select 1 from households h where h.id = x.household_id and ${HOUSEHOLD_IN_SCOPE}))`;

/**
 * Kinds of record that belong to no place, so no scope bounds them (the domain gives each its
 * reason: `UNSCOPED_KINDS` in domain/access/records.ts).
 */
export const UNSCOPED_RECORD_KINDS = [
  'assignedWorker',
  'fosterFamily',
  'requirement',
  'campaign',
  'ambassador',
  'event',
  'cooperationOrganisation',
  'groupMember',
  'countryDocument',
  'sharedPractice',
  'delegate',
  'decision',
] as const satisfies readonly RecordKind[];
export type UnscopedRecordKind = (typeof UNSCOPED_RECORD_KINDS)[number];
export type ScopedRecordKind = Exclude<RecordKind, UnscopedRecordKind>;

const SQL: Record<ScopedRecordKind, string> = {
  location: `select x.id from locations x where x.id = any($5::uuid[]) and ($1::boolean or x.id = any($2::uuid[])
    or exists (select 1 from programmes p where p.id = any($3::uuid[]) and p.location_id = x.id))`,
  programme: `select p.id from programmes p where p.id = any($5::uuid[]) and ${PROGRAMME}`,
  house: `select x.id from family_houses x join programmes p on p.id = x.programme_id
    where x.id = any($5::uuid[]) and ${PROGRAMME}`,
  case: `select c.id from cases c where c.id = any($5::uuid[]) and ${caseVisible(1)}`,
  familyMember: `select x.id from family_members x join cases c on c.child_id = x.child_id
    where x.id = any($5::uuid[]) and ${caseVisible(1)}`,
  placement: `select x.id from placements x where x.id = any($5::uuid[]) and ${VIA_CASE('x.case_id')}`,
  enrolment: `select x.id from enrolments x where x.id = any($5::uuid[]) and ${ENROLMENT}`,
  goal: `select x.id from plan_goals x join development_plans d on d.id = x.plan_id
    join households h on h.id = d.household_id where x.id = any($5::uuid[]) and ${HOUSEHOLD_IN_SCOPE}`,
  person: `select x.id from persons x where x.id = any($5::uuid[]) and ${personVisible('x')}`,
  worker: `select x.id from users x where x.id = any($5::uuid[]) and ${WORKER}`,
};

/** The ids among `ids` that name a record of the kind that the viewer may name. */
export async function visibleRecordIds(
  q: Queryable,
  viewer: CaseViewer,
  kind: ScopedRecordKind,
  ids: readonly string[],
): Promise<Set<string>> {
  // Every parameter typed once, whether or not the kind's rule uses it.
  const typed = 'with viewer as (select $1::boolean, $2::uuid[], $3::uuid[], $4::uuid, $5::uuid[]) ';
  const rows = await q.query<{ id: string }>(typed + SQL[kind], [...viewerParams(viewer), [...new Set(ids)]]);
  return new Set(rows.map((r) => r.id));
}
