import type { Queryable } from '../client';

/**
 * What a programme's page shows for a month: who takes part now, who joined and left and
 * why, attendance, overdue reviews, and for family strengthening how many children stayed
 * with their families. $1 programme, $2 first day of the month, $3 last day, $4 today.
 */
export interface Line {
  name: string;
  group: string | null;
  on: string | null;
  reason: string | null;
  linkKind: 'case' | 'enrolment' | 'household';
  linkId: string;
}

const LIST_LIMIT = 300;
const PERSON = `pe.family_name || ' ' || pe.given_name`;
const HOUSEHOLD = `h.reference || coalesce(' — ' || (select p2.family_name from household_members hm2 join persons p2 on p2.id = hm2.person_id
  where hm2.household_id = h.id order by case hm2.relationship when 'mother' then 0 when 'father' then 1 else 2 end limit 1), '')`;

/** Children in groups (day care, education, kindergarten) or households (family strengthening). */
export async function enrolmentLines(
  q: Queryable,
  programmeId: string,
  from: string,
  to: string,
  which: 'now' | 'joined' | 'left',
): Promise<Line[]> {
  const where =
    which === 'now'
      ? "e.status = 'enrolled'"
      : which === 'joined'
        ? 'e.enrolled_on between $2::date and $3::date'
        : "e.status = 'exited' and e.exited_on between $2::date and $3::date";
  const on = which === 'left' ? 'e.exited_on' : 'e.enrolled_on';
  return q.query<Line>(
    `select coalesce(${PERSON}, ${HOUSEHOLD}) as name, g.name as "group", ${on} as on,
            coalesce(e.outcome, e.exit_reason) as reason,
            case when e.household_id is not null then 'household' else 'enrolment' end as "linkKind",
            coalesce(e.household_id, e.id) as "linkId"
       from enrolments e
       left join persons pe on pe.id = e.person_id
       left join households h on h.id = e.household_id
       left join programme_groups g on g.id = e.group_id
      where e.programme_id = $1 and ${where} and $2::date <= $3::date
      order by 1 limit ${LIST_LIMIT + 1}`,
    [programmeId, from, to],
  );
}

export async function enrolmentCounts(q: Queryable, programmeId: string, from: string, to: string) {
  return (
    await q.query<{ now: number; joined: number; left: number }>(
      `select count(*) filter (where status = 'enrolled')::int as now,
              count(*) filter (where enrolled_on between $2::date and $3::date)::int as joined,
              count(*) filter (where status = 'exited' and exited_on between $2::date and $3::date)::int as left
         from enrolments where programme_id = $1`,
      [programmeId, from, to],
    )
  )[0]!;
}

export async function exitReasons(q: Queryable, programmeId: string, from: string, to: string) {
  return q.query<{ reason: string; count: number }>(
    `select coalesce(outcome, exit_reason, 'other') as reason, count(*)::int as count from enrolments
      where programme_id = $1 and status = 'exited' and exited_on between $2::date and $3::date
      group by 1 order by 2 desc, 1`,
    [programmeId, from, to],
  );
}

/** Attendance of the programme's groups in the month: present, absent, excused. */
export async function attendanceOfMonth(q: Queryable, programmeId: string, from: string, to: string) {
  return q.query<{ groupId: string; name: string; present: number; absent: number; excused: number }>(
    `select g.id as "groupId", g.name,
            count(*) filter (where a.status = 'present')::int as present,
            count(*) filter (where a.status = 'absent')::int as absent,
            count(*) filter (where a.status = 'excused')::int as excused
       from programme_groups g
       left join group_sessions s on s.group_id = g.id and s.held_on between $2::date and $3::date
       left join attendance a on a.session_id = s.id
      where g.programme_id = $1 and g.status = 'active'
      group by g.id, g.name order by g.name`,
    [programmeId, from, to],
  );
}

/** Family development plans whose review date has passed. */
export async function overduePlanReviews(q: Queryable, programmeId: string, today: string): Promise<Line[]> {
  return q.query<Line>(
    `select ${HOUSEHOLD} as name, null as "group", dp.next_review_on as on, null as reason,
            'household' as "linkKind", h.id as "linkId"
       from development_plans dp join enrolments e on e.id = dp.enrolment_id join households h on h.id = dp.household_id
      where e.programme_id = $1 and dp.status = 'active' and e.status = 'enrolled' and dp.next_review_on < $2::date
      order by dp.next_review_on limit ${LIST_LIMIT + 1}`,
    [programmeId, today],
  );
}

/**
 * Children of the families the programme supports (now or before), and those of them who
 * were separated after their family was enrolled: a case opened for them (a referral to
 * care, gatekeeping under way) or a placement begun.
 */
export async function childrenKeptWithFamilies(q: Queryable, programmeId: string) {
  return (
    await q.query<{ children: number; separated: number }>(
      `with kids as (
         select distinct hm.person_id, min(coalesce(e.enrolled_on, e.applied_on)) as since
           from enrolments e join household_members hm on hm.household_id = e.household_id
          where e.programme_id = $1 and e.status in ('enrolled', 'exited') and hm.relationship = 'child'
          group by hm.person_id)
       select count(*)::int as children,
              count(*) filter (where exists (select 1 from placements p where p.child_id = kids.person_id
                                               and not p.superseded and p.start_date >= kids.since)
                                  or exists (select 1 from cases c where c.child_id = kids.person_id
                                               and c.opened_on >= kids.since))::int as separated
         from kids`,
      [programmeId],
    )
  )[0]!;
}

/** Children placed in a care programme: now, started in the month, ended in the month. */
export async function placementLines(
  q: Queryable,
  programmeId: string,
  from: string,
  to: string,
  today: string,
  which: 'now' | 'joined' | 'left' | 'overdue',
): Promise<Line[]> {
  // Only the parameters the condition uses are sent: PostgreSQL cannot type one it never sees.
  const where = {
    now: 'p.start_date <= $2::date and (p.end_date is null or p.end_date > $2::date)',
    joined: 'p.start_date between $2::date and $3::date',
    left: 'p.end_date between $2::date and $3::date',
    overdue: "p.end_date is null and c.status = 'in_care' and c.next_review_on < $2::date",
  }[which];
  const on = { now: 'p.start_date', joined: 'p.start_date', left: 'p.end_date', overdue: 'c.next_review_on' }[
    which
  ];
  return q.query<Line>(
    `select ${PERSON} as name, fh.name as "group", ${on} as on, p.end_reason as reason,
            'case' as "linkKind", c.id as "linkId"
       from placements p join cases c on c.id = p.case_id join persons pe on pe.id = p.child_id
       left join family_houses fh on fh.id = p.house_id
      where not p.superseded and coalesce(p.programme_id, c.programme_id) = $1 and ${where}
      order by 1 limit ${LIST_LIMIT + 1}`,
    which === 'now' || which === 'overdue' ? [programmeId, today] : [programmeId, from, to],
  );
}

export async function placementCounts(
  q: Queryable,
  programmeId: string,
  from: string,
  to: string,
  today: string,
) {
  return (
    await q.query<{ now: number; joined: number; left: number; overdue: number }>(
      `select count(*) filter (where p.start_date <= $4::date and (p.end_date is null or p.end_date > $4::date))::int as now,
              count(*) filter (where p.start_date between $2::date and $3::date)::int as joined,
              count(*) filter (where p.end_date between $2::date and $3::date)::int as left,
              count(*) filter (where p.end_date is null and c.status = 'in_care' and c.next_review_on < $4::date)::int as overdue
         from placements p join cases c on c.id = p.case_id
        where not p.superseded and coalesce(p.programme_id, c.programme_id) = $1`,
      [programmeId, from, to, today],
    )
  )[0]!;
}

export async function placementEndReasons(q: Queryable, programmeId: string, from: string, to: string) {
  return q.query<{ reason: string; count: number }>(
    `select coalesce(p.end_reason, 'other') as reason, count(*)::int as count
       from placements p join cases c on c.id = p.case_id
      where not p.superseded and coalesce(p.programme_id, c.programme_id) = $1 and p.end_date between $2::date and $3::date
      group by 1 order by 2 desc, 1`,
    [programmeId, from, to],
  );
}

export const OVERVIEW_LIST_LIMIT = LIST_LIMIT;
