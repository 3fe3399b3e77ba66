import { SUPPRESSION_THRESHOLD } from '../../../common/contracts/indicators';
import type { OverviewLine, ProgrammeOverview } from '../../../common/contracts/programme-overview';
import type { ProgrammeType } from '../../../common/organisation';
import { findProgramme } from '../../db/repositories/organisation.repository';
import {
  attendanceOfMonth,
  childrenKeptWithFamilies,
  enrolmentCounts,
  enrolmentLines,
  exitReasons,
  type Line,
  OVERVIEW_LIST_LIMIT,
  overduePlanReviews,
  placementCounts,
  placementEndReasons,
  placementLines,
} from '../../db/repositories/programme-overview.repository';
import { requireActor } from '../access/actor';
import { can } from '../access/policy';
import { audit } from '../audit/audit';
import { type Deps, type RequestContext, today } from '../context';
import { addDays, addMonths } from '../dates';
import { notFound } from '../errors';
import { protectCount, protectRows, seesAggregatesOnly } from '../indicators/suppression';

type Kind = ProgrammeOverview['kind'];

/** How a programme counts the people it serves. */
export function overviewKind(type: ProgrammeType): Kind {
  if (type === 'family_strengthening') return 'households';
  if (type === 'family_based_care' || type === 'youth_house' || type === 'short_term_care')
    return 'placements';
  return 'groups';
}

/** Who may see names on a programme's page, by how it counts people. */
const NAMES_PERMISSION = {
  groups: 'programmes.read',
  households: 'strengthening.read',
  placements: 'cases.read',
} as const;

export function monthRange(month: string) {
  const from = `${month}-01`;
  return { from, to: addDays(addMonths(from, 1), -1) };
}

export function attendanceRate(present: number, absent: number, excused: number): number | null {
  const all = present + absent + excused;
  return all === 0 ? null : Math.round((1000 * present) / all) / 10;
}

const line = (l: Line): OverviewLine => ({
  name: l.name,
  group: l.group,
  on: l.on,
  reason: l.reason,
  link: { kind: l.linkKind, id: l.linkId },
});

/**
 * A programme's month: who takes part now, who joined and who left and why, attendance,
 * overdue reviews and — for family strengthening — how many children stayed with their
 * families. Out of the user's scope answers as not found; names only for roles that work
 * with these records, and showing them is audited.
 */
export async function programmeOverview(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  month?: string,
): Promise<ProgrammeOverview> {
  const actor = requireActor(ctx);
  const programme = await findProgramme(deps.db, actor.scope, id);
  if (!programme) throw notFound();
  const day = today(deps.clock);
  const m = month ?? day.slice(0, 7);
  const { from, to } = monthRange(m);
  const kind = overviewKind(programme.type);
  const names = can(actor.role, NAMES_PERMISSION[kind]);
  const people = async (lines: Promise<Line[]>) =>
    names ? (await lines).slice(0, OVERVIEW_LIST_LIMIT).map(line) : [];
  const db = deps.db;

  let overview: ProgrammeOverview;
  if (kind === 'placements') {
    const [counts, reasons] = await Promise.all([
      placementCounts(db, id, from, to, day),
      placementEndReasons(db, id, from, to),
    ]);
    overview = {
      programmeId: id,
      month: m,
      kind,
      names,
      rounding: 1,
      enrolledNow: { count: counts.now, people: await people(placementLines(db, id, from, to, day, 'now')) },
      joined: { count: counts.joined, people: await people(placementLines(db, id, from, to, day, 'joined')) },
      left: {
        count: counts.left,
        reasons,
        people: await people(placementLines(db, id, from, to, day, 'left')),
      },
      attendance: null,
      overdueReviews: {
        count: counts.overdue,
        people: await people(placementLines(db, id, from, to, day, 'overdue')),
      },
      keptWithFamilies: null,
    };
  } else {
    const [counts, reasons] = await Promise.all([
      enrolmentCounts(db, id, from, to),
      exitReasons(db, id, from, to),
    ]);
    const groups = kind === 'groups' ? await attendanceOfMonth(db, id, from, to) : [];
    const sum = (k: 'present' | 'absent' | 'excused') => groups.reduce((s, g) => s + g[k], 0);
    const overdue = kind === 'households' ? await overduePlanReviews(db, id, day) : null;
    const kept = kind === 'households' ? await childrenKeptWithFamilies(db, id) : null;
    overview = {
      programmeId: id,
      month: m,
      kind,
      names,
      rounding: 1,
      enrolledNow: { count: counts.now, people: await people(enrolmentLines(db, id, from, to, 'now')) },
      joined: { count: counts.joined, people: await people(enrolmentLines(db, id, from, to, 'joined')) },
      left: { count: counts.left, reasons, people: await people(enrolmentLines(db, id, from, to, 'left')) },
      attendance:
        kind === 'groups'
          ? {
              present: sum('present'),
              absent: sum('absent'),
              excused: sum('excused'),
              rate: attendanceRate(sum('present'), sum('absent'), sum('excused')),
              groups: groups.map((g) => ({ ...g, rate: attendanceRate(g.present, g.absent, g.excused) })),
            }
          : null,
      overdueReviews: overdue
        ? { count: overdue.length, people: names ? overdue.slice(0, OVERVIEW_LIST_LIMIT).map(line) : [] }
        : null,
      keptWithFamilies: kept
        ? { children: kept.children, stayed: kept.children - kept.separated, separated: kept.separated }
        : null,
    };
  }
  if (names) {
    await audit(db, ctx, {
      action: 'programme.overview_viewed',
      entityType: 'programme',
      entityId: id,
      changes: { month: m },
    });
  }
  return seesAggregatesOnly(actor.role) ? protectOverview(overview) : overview;
}

/**
 * The page as a reader of aggregates only sees it (decision 0019): no one's name, every count
 * rounded down to a multiple of 5 with 0–4 as null ("<5"), reasons under 5 left out, rates
 * worked out from the published figures.
 */
export function protectOverview(o: ProgrammeOverview): ProgrammeOverview {
  const T = SUPPRESSION_THRESHOLD;
  const c = (n: number | null) => (n === null ? null : protectCount(n, T));
  const rate = (present: number | null, absent: number | null, excused: number | null) =>
    present === null ? null : attendanceRate(present, absent ?? 0, excused ?? 0);
  const marks = <A extends { present: number | null; absent: number | null; excused: number | null }>(
    a: A,
  ) => {
    const present = c(a.present);
    const absent = c(a.absent);
    const excused = c(a.excused);
    return { ...a, present, absent, excused, rate: rate(present, absent, excused) };
  };
  return {
    ...o,
    names: false,
    rounding: T,
    enrolledNow: { count: c(o.enrolledNow.count), people: [] },
    joined: { count: c(o.joined.count), people: [] },
    left: {
      count: c(o.left.count),
      reasons: protectRows(
        o.left.reasons.map((r) => ({ ...r, count: r.count ?? 0 })),
        'count',
        T,
        true,
      ),
      people: [],
    },
    attendance: o.attendance ? { ...marks(o.attendance), groups: o.attendance.groups.map(marks) } : null,
    overdueReviews: o.overdueReviews ? { count: c(o.overdueReviews.count), people: [] } : null,
    keptWithFamilies: o.keptWithFamilies
      ? {
          children: c(o.keptWithFamilies.children),
          stayed: c(o.keptWithFamilies.stayed),
          separated: c(o.keptWithFamilies.separated),
        }
      : null,
  };
}
