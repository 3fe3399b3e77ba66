import { fakerAZ } from '@faker-js/faker';
import type { AttendanceStatus, RegisterBody } from '../../../common/contracts/programmes';
import type { Deps, RequestContext } from '../../domain/context';
import { saveRegister } from '../../domain/programmes/attendance.service';
import { enrol, exitChild } from '../../domain/programmes/enrolments.service';
import { createGroup } from '../../domain/programmes/groups.service';
import { programmeIdsByCode } from '../repositories/people.repository';
import { findUserByUsername } from '../repositories/users.repository';
import type { DemoOptions } from './demo';
import { demoContext } from './demo-actors';
import { FAKERS, memberName, newFamily, pickScript } from './demo-names';

/** Weeks of attendance recorded before the demo's day. */
const WEEKS = 5;
/** Unexcused absences in a row that raise a follow-up: days of day care, lessons of a course. */
const DAY_CARE_FOLLOW_UP = 3;
const COURSE_FOLLOW_UP = 2;

interface GroupPlan {
  programme: string;
  name: string;
  capacity: number;
  children: number;
  ages: [number, number];
  /** Days of the week it meets (0 = Sunday). */
  days: number[];
  teacher?: string;
  /** The user who manages it (enrols, records exits); the teacher or they record attendance. */
  manager: string;
  worker?: string;
  course?: boolean;
  /** A child absent at the last two sessions: a third absence today raises a follow-up. */
  twoAbsencesBeforeToday?: boolean;
  /** A child absent at the last three sessions: a follow-up is open already. */
  openFollowUp?: boolean;
}

const WEEKDAYS = [1, 2, 3, 4, 5];
const PLANS: GroupPlan[] = [
  {
    programme: 'ganja-day-care',
    name: 'Günəbaxan',
    capacity: 18,
    children: 21,
    ages: [4, 10],
    days: WEEKDAYS,
    teacher: 'teacher',
    manager: 'worker',
    worker: 'worker',
    twoAbsencesBeforeToday: true,
  },
  {
    programme: 'baku-day-care',
    name: 'Kəpənək',
    capacity: 20,
    children: 22,
    ages: [4, 9],
    days: WEEKDAYS,
    manager: 'worker.baku',
    worker: 'worker.baku',
    openFollowUp: true,
  },
  {
    programme: 'baku-day-care',
    name: 'Qaranquş',
    capacity: 15,
    children: 14,
    ages: [9, 13],
    days: WEEKDAYS,
    manager: 'worker.baku',
    worker: 'worker.baku',
  },
  {
    programme: 'baku-kindergarten',
    name: 'Kiçik qrup (3–4 yaş)',
    capacity: 16,
    children: 18,
    ages: [3, 4],
    days: WEEKDAYS,
    manager: 'worker.baku',
  },
  {
    programme: 'baku-kindergarten',
    name: 'Böyük qrup (5–6 yaş)',
    capacity: 20,
    children: 19,
    ages: [5, 6],
    days: WEEKDAYS,
    manager: 'worker.baku',
  },
  {
    programme: 'baku-education',
    name: 'İngilis dili (A2)',
    capacity: 14,
    children: 16,
    ages: [12, 17],
    days: [2, 4],
    manager: 'worker.baku',
    course: true,
  },
  {
    programme: 'ganja-education',
    name: 'Kompüter savadlılığı',
    capacity: 12,
    children: 13,
    ages: [11, 17],
    days: [1, 3],
    manager: 'worker',
    worker: 'worker',
    course: true,
  },
  {
    programme: 'sumgait-education',
    name: 'Riyaziyyat dərnəyi',
    capacity: 15,
    children: 12,
    ages: [10, 15],
    days: [2, 5],
    manager: 'admin',
    course: true,
  },
];

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
type Reason = NonNullable<RegisterBody['rows'][number]['absenceReason']>;

/**
 * Groups and courses of the day-care centres, the education programmes and the kindergarten,
 * each with its children (some on a waiting list, some who left with an outcome) and five
 * weeks of attendance with realistic absences, recorded through the same services as a
 * teacher's register. In Ganja's day-care group one child was absent at the last two
 * sessions (a third absence raises a follow-up for the social worker); in Baku one child's
 * follow-up is open already.
 */
export async function seedProgrammes(
  deps: Deps,
  options: DemoOptions,
): Promise<{ groups: number; children: number }> {
  const f = fakerAZ;
  f.seed(options.seed + 6);
  const programmes = await programmeIdsByCode(deps.db);
  const contexts = new Map<string, RequestContext>();
  const as = async (username: string) => {
    if (!contexts.has(username)) contexts.set(username, await demoContext(deps.db, username));
    return contexts.get(username)!;
  };
  const userId = async (username: string) => (await findUserByUsername(deps.db, username))!.id;
  const start = addDays(options.today, -7 * WEEKS);
  let children = 0;

  for (const plan of PLANS) {
    const programmeId = programmes.get(plan.programme);
    if (!programmeId) continue;
    const manager = await as(plan.manager);
    const group = await createGroup(deps, manager, {
      programmeId,
      name: plan.name,
      capacity: plan.capacity,
      startsOn: plan.course ? addDays(start, -42) : null,
      endsOn: plan.course ? addDays(options.today, 90) : null,
      absenceFollowUpDays: plan.course ? COURSE_FOLLOW_UP : DAY_CARE_FOLLOW_UP,
      teacherId: plan.teacher ? await userId(plan.teacher) : null,
    });
    const workerId = plan.worker ? await userId(plan.worker) : null;

    // Applications over the months before the attendance shown; the last ones wait for a place.
    const applied = Array.from({ length: plan.children }, (_, i) =>
      i < plan.capacity
        ? addDays(
            group.startsOn ?? addDays(start, -240),
            f.number.int({ min: 0, max: plan.course ? 10 : 200 }),
          )
        : addDays(start, f.number.int({ min: 0, max: 7 * WEEKS - 1 })),
    ).sort();
    const ids: string[] = [];
    for (const appliedOn of applied) {
      const script = pickScript(() => f.number.float());
      const family = newFamily(FAKERS[script], script);
      const sex = f.number.float() < 0.5 ? 'female' : 'male';
      const born = f.date
        .birthdate({ mode: 'age', min: plan.ages[0], max: plan.ages[1], refDate: options.today })
        .toISOString()
        .slice(0, 10);
      const name = memberName(family, sex);
      const e = await enrol(deps, manager, group.id, {
        child: { ...name, sex, birthDate: born < appliedOn ? born : addDays(appliedOn, -400) },
        appliedOn,
        workerId,
      });
      ids.push(e.id);
      children++;
    }
    // A course loses a few before the weeks shown; their places go to the waiting list.
    if (plan.course) {
      for (const [i, outcome] of (['dropped_out', 'moved_away'] as const).entries()) {
        const e = ids[i * 3 + 1]!;
        await exitChild(deps, manager, e, {
          version: (
            await deps.db.query<{ version: number }>('select version from enrolments where id = $1', [e])
          )[0]!.version,
          exitedOn: addDays(start, -3 - i * 5),
          outcome,
          reason:
            outcome === 'dropped_out'
              ? f.helpers.arrayElement(['lost_interest', 'work', 'family_reasons'])
              : 'moved',
          note: '',
        });
      }
    }

    await recordAttendance(
      deps,
      plan,
      group.id,
      await as(plan.teacher ?? plan.manager),
      start,
      options.today,
    );
  }
  return { groups: PLANS.length, children };
}

/** Sessions from `start` up to yesterday, saved one register at a time as the teacher would. */
async function recordAttendance(
  deps: Deps,
  plan: GroupPlan,
  groupId: string,
  ctx: RequestContext,
  start: string,
  today: string,
) {
  const f = fakerAZ;
  const dates: string[] = [];
  for (let d = start; d < today; d = addDays(d, 1)) if (plan.days.includes(weekday(d))) dates.push(d);
  const enrolments = await deps.db.query<{ id: string; enrolledOn: string; exitedOn: string | null }>(
    `select e.id, e.enrolled_on as "enrolledOn", e.exited_on as "exitedOn" from enrolments e
       join persons p on p.id = e.person_id
      where e.group_id = $1 and e.enrolled_on is not null order by p.family_name, p.given_name`,
    [groupId],
  );
  const on = (d: string) => enrolments.filter((e) => e.enrolledOn <= d && (!e.exitedOn || e.exitedOn > d));
  const current = on(dates.at(-1) ?? today);
  // The children whose last sessions are set: picked from the middle of the list, not the first.
  const twoBefore = plan.twoAbsencesBeforeToday ? current[Math.floor(current.length / 3)]?.id : undefined;
  const threeBefore = plan.openFollowUp ? current[Math.floor(current.length / 2)]?.id : undefined;
  const propensity = new Map(enrolments.map((e) => [e.id, f.number.float({ min: 0.02, max: 0.14 })]));
  const history = new Map<string, AttendanceStatus[]>();
  const threshold = plan.course ? COURSE_FOLLOW_UP : DAY_CARE_FOLLOW_UP;

  for (const [index, date] of dates.entries()) {
    const fromEnd = dates.length - index;
    const rows = on(date).map((e) => {
      const past = history.get(e.id) ?? [];
      let status: AttendanceStatus = 'present';
      if (f.number.float() < (propensity.get(e.id) ?? 0.05))
        status = f.number.float() < 0.4 ? 'excused' : 'absent';
      // Nobody else is away without excuse long enough to raise a follow-up, or at the last two.
      const run = past.length - past.findLastIndex((s) => s !== 'absent') - 1;
      if (status === 'absent' && (run + 1 >= threshold || (fromEnd === 1 && run > 0))) status = 'present';
      if (e.id === twoBefore) status = fromEnd <= 2 ? 'absent' : fromEnd === 3 ? 'present' : status;
      if (e.id === threeBefore) status = fromEnd <= 3 ? 'absent' : fromEnd === 4 ? 'present' : status;
      history.set(e.id, [...past, status]);
      const reason: Reason | null =
        status === 'present'
          ? null
          : status === 'excused'
            ? f.helpers.weightedArrayElement<Reason>([
                { value: 'illness', weight: 6 },
                { value: 'family_reason', weight: 2 },
                { value: 'travel', weight: 1 },
              ])
            : e.id === twoBefore || e.id === threeBefore
              ? 'unknown'
              : f.helpers.weightedArrayElement<Reason>([
                  { value: 'unknown', weight: 4 },
                  { value: 'illness', weight: 3 },
                  { value: 'family_reason', weight: 2 },
                  { value: 'no_transport', weight: 1 },
                ]);
      return { enrolmentId: e.id, status, absenceReason: reason, note: '', version: null };
    });
    if (rows.length) await saveRegister(deps, ctx, groupId, { date, topic: '', rows });
  }
}
