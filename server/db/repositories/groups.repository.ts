import type { GroupSummary, SessionSummary } from '../../../common/contracts/programmes';
import type { Queryable } from '../client';
import type { CaseViewer } from './case-scope';

/**
 * SQL condition that group alias `g` (of programme alias `p`) is visible to the viewer, with the
 * viewer's values as parameters from `$first` (4 parameters): the programme is in their scope
 * (by itself or by its location), or they teach the group.
 */
export function groupVisible(first: number): string {
  const [all, locations, programmes, user] = [first, first + 1, first + 2, first + 3].map((n) => `$${n}`);
  return `(${all}::boolean or p.location_id = any(${locations}::uuid[]) or p.id = any(${programmes}::uuid[])
    or g.teacher_id = ${user}::uuid)`;
}

export function groupViewerParams(v: CaseViewer): unknown[] {
  return [v.scope.all, [...v.scope.locationIds], [...v.scope.programmeIds], v.userId];
}

const GROUP_SELECT = `
  select g.id, g.programme_id as "programmeId", p.name as "programmeName", p.type as "programmeType",
         l.name as "locationName", g.name, g.capacity, g.starts_on as "startsOn", g.ends_on as "endsOn",
         g.absence_follow_up_days as "absenceFollowUpDays", g.teacher_id as "teacherId", u.display_name as "teacherName",
         g.status, g.version,
         (select count(*)::int from enrolments e where e.group_id = g.id and e.status = 'enrolled') as enrolled,
         (select count(*)::int from enrolments e where e.group_id = g.id and e.status = 'waiting') as waiting,
         (select count(*)::int from tasks t join enrolments e on e.id = t.enrolment_id
           where e.group_id = g.id and t.status = 'open' and t.kind = 'absence_follow_up') as "openFollowUps"
    from programme_groups g
    join programmes p on p.id = g.programme_id
    left join locations l on l.id = p.location_id
    left join users u on u.id = g.teacher_id`;

export async function listGroups(
  q: Queryable,
  viewer: CaseViewer,
  filter: { programmeId?: string; status?: string },
): Promise<GroupSummary[]> {
  return q.query<GroupSummary>(
    `${GROUP_SELECT}
      where ${groupVisible(1)} and ($5::uuid is null or g.programme_id = $5) and ($6::text is null or g.status = $6)
      order by l.code nulls last, p.type, p.code, g.status, g.name`,
    [...groupViewerParams(viewer), filter.programmeId ?? null, filter.status ?? null],
  );
}

/** The group if the viewer may see it; `lock` holds it until the transaction ends (places, registers). */
export async function findVisibleGroup(
  q: Queryable,
  viewer: CaseViewer,
  id: string,
  options: { lock?: boolean } = {},
): Promise<GroupSummary | undefined> {
  if (options.lock) {
    const visible = await q.query(
      `select g.id from programme_groups g join programmes p on p.id = g.programme_id
        where ${groupVisible(1)} and g.id = $5 for update of g`,
      [...groupViewerParams(viewer), id],
    );
    if (!visible.length) return undefined;
  }
  const rows = await q.query<GroupSummary>(`${GROUP_SELECT} where ${groupVisible(1)} and g.id = $5`, [
    ...groupViewerParams(viewer),
    id,
  ]);
  return rows[0];
}

export interface GroupFields {
  name: string;
  capacity: number;
  startsOn: string | null;
  endsOn: string | null;
  absenceFollowUpDays: number;
  teacherId: string | null;
}

export async function insertGroup(q: Queryable, programmeId: string, f: GroupFields): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into programme_groups (programme_id, name, capacity, starts_on, ends_on, absence_follow_up_days, teacher_id)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [programmeId, f.name, f.capacity, f.startsOn, f.endsOn, f.absenceFollowUpDays, f.teacherId],
  );
  return rows[0]!.id;
}

/** Optimistic update: false when the version moved on. */
export async function updateGroup(
  q: Queryable,
  id: string,
  version: number,
  f: GroupFields & { status: string },
): Promise<boolean> {
  const rows = await q.query(
    `update programme_groups set name = $3, capacity = $4, starts_on = $5, ends_on = $6, absence_follow_up_days = $7,
            teacher_id = $8, status = $9, version = version + 1, updated_at = now()
      where id = $1 and version = $2 returning id`,
    [id, version, f.name, f.capacity, f.startsOn, f.endsOn, f.absenceFollowUpDays, f.teacherId, f.status],
  );
  return rows.length === 1;
}

/** Active users of the given roles whose scope covers the programme. */
export async function staffOfProgramme(
  q: Queryable,
  programme: { id: string; locationId: string | null },
  roles: readonly string[],
): Promise<{ id: string; displayName: string }[]> {
  return q.query(
    `select id, display_name as "displayName" from users
      where status = 'active' and role = any($1::text[])
        and (scope_all or $2::uuid = any(scope_programme_ids) or ($3::uuid is not null and $3::uuid = any(scope_location_ids)))
      order by display_name`,
    [[...roles], programme.id, programme.locationId],
  );
}

export async function isActiveUserWithRole(
  q: Queryable,
  id: string,
  roles: readonly string[],
): Promise<boolean> {
  const rows = await q.query('select 1 from users where id = $1 and status = $2 and role = any($3::text[])', [
    id,
    'active',
    [...roles],
  ]);
  return rows.length === 1;
}

/** The group's latest sessions with how many were present, absent and excused. */
export async function recentSessions(
  q: Queryable,
  groupId: string,
  limit: number,
): Promise<SessionSummary[]> {
  return q.query<SessionSummary>(
    `select s.id, s.held_on as "heldOn", s.topic,
            count(*) filter (where a.status = 'present')::int as present,
            count(*) filter (where a.status = 'absent')::int as absent,
            count(*) filter (where a.status = 'excused')::int as excused
       from group_sessions s left join attendance a on a.session_id = s.id
      where s.group_id = $1
      group by s.id
      order by s.held_on desc
      limit $2`,
    [groupId, limit],
  );
}
