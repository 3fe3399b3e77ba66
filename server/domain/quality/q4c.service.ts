import type { z } from 'zod';
import { SUPPRESSION_THRESHOLD } from '../../../common/contracts/indicators';
import type { Q4cAssessment, q4cSaveSchema } from '../../../common/contracts/quality';
import { Q4C_STANDARDS, type Q4cMeasure } from '../../../common/quality4children';
import type { Queryable } from '../../db/client';
import { stockShares } from '../../db/repositories/indicators.repository';
import { findProgramme } from '../../db/repositories/organisation.repository';
import {
  assessmentYears,
  findAssessment,
  type Measured,
  PARTICIPATION_MEASURES,
  replaceScores,
  type ScoreRow,
  saveAssessment,
  scoresOf,
} from '../../db/repositories/quality.repository';
import { requirePermission } from '../access/actor';
import { audit } from '../audit/audit';
import { versionConflict } from '../conflict';
import { type Deps, type RequestContext, today } from '../context';
import { notFound } from '../errors';
import { lastWholeMonthEnd } from '../indicators/dashboard.service';
import { percent, protectShare, seesAggregatesOnly } from '../indicators/suppression';

/** The 18 standards in the four languages. */
export function standards() {
  return Q4C_STANDARDS;
}

/** The year's period: 1 January to 31 December, or to today while the year runs. */
export function yearPeriod(year: number, todayIso: string) {
  const end = `${year}-12-31`;
  return { from: `${year}-01-01`, asAt: end < todayIso ? end : todayIso };
}

/** What Yuva's records show for each measurable standard, for the programme's children in the year. */
export async function measure(q: Queryable, programmeId: string, from: string, asAt: string) {
  const everything = {
    scope: { all: true, locationIds: [], programmeIds: [] },
    userId: '00000000-0000-0000-0000-000000000000',
  };
  const stock = await stockShares(q, {
    viewer: everything,
    locationId: null,
    programmeId,
    asAt,
    from,
    to: asAt,
  });
  const p = [programmeId, from, asAt];
  const out: Record<Q4cMeasure, Measured> = {
    siblings_together: { numerator: stock.siblingsTogether, denominator: stock.withSiblings },
    care_plan_current: { numerator: stock.carePlan, denominator: stock.inCare },
    family_contact: { numerator: stock.familyContact, denominator: stock.inCare },
    child_views_gatekeeping: await PARTICIPATION_MEASURES.child_views_gatekeeping(q, p),
    child_heard_reviews: await PARTICIPATION_MEASURES.child_heard_reviews(q, p),
    young_person_agreed: await PARTICIPATION_MEASURES.young_person_agreed(q, p),
    after_care_follow_ups: await PARTICIPATION_MEASURES.after_care_follow_ups(q, p),
  };
  return out;
}

async function programmeInScope(deps: Deps, ctx: RequestContext, programmeId: string) {
  const found = await findProgramme(deps.db, ctx.actor!.scope, programmeId);
  if (!found) throw notFound();
  return found;
}

/** A programme's self-assessment for a year, with Yuva's figures and last year's scores beside it. */
export async function q4cAssessment(
  deps: Deps,
  ctx: RequestContext,
  programmeId: string,
  year: number,
): Promise<Q4cAssessment> {
  const actor = requirePermission(ctx, 'quality.read');
  await programmeInScope(deps, ctx, programmeId);
  // Readers of aggregates only (decision 0019): calendar years, the current one to the end of the
  // last whole month, and every count as the dashboard publishes it.
  const protect = seesAggregatesOnly(actor.role);
  const { from, asAt } = yearPeriod(year, protect ? lastWholeMonthEnd(today(deps.clock)) : today(deps.clock));
  const [current, previous, figures, years] = await Promise.all([
    findAssessment(deps.db, programmeId, year),
    findAssessment(deps.db, programmeId, year - 1),
    asAt >= from ? measure(deps.db, programmeId, from, asAt) : null,
    assessmentYears(deps.db, programmeId),
  ]);
  const scores = current ? await scoresOf(deps.db, current.id) : [];
  const before = previous ? await scoresOf(deps.db, previous.id) : [];
  const share = (m: Measured) =>
    protect
      ? protectShare(m.numerator, m.denominator, SUPPRESSION_THRESHOLD)
      : { ...m, percent: percent(m.numerator, m.denominator) };
  /** A figure kept with a saved score: its counts protected too, or nothing when only the percent was kept. */
  const kept = (row: ScoreRow) =>
    !protect
      ? row.measured
      : row.measuredNumerator === null || row.measuredDenominator === null
        ? null
        : share({ numerator: row.measuredNumerator, denominator: row.measuredDenominator }).percent;
  return {
    programmeId,
    year,
    version: current?.version ?? null,
    asAt,
    rounding: protect ? SUPPRESSION_THRESHOLD : 1,
    years,
    standards: Q4C_STANDARDS.map((s) => {
      const saved = scores.find((x) => x.standard === s.number);
      const last = before.find((x) => x.standard === s.number);
      const m = s.measure && figures ? figures[s.measure] : null;
      return {
        standard: s.number,
        score: saved?.score ?? null,
        evidence: saved?.evidence ?? '',
        actions: saved?.actions ?? '',
        measured: m ? share(m) : null,
        savedMeasured: saved ? kept(saved) : null,
        previous: last ? { score: last.score, measured: kept(last) } : null,
      };
    }),
  };
}

/** Saves the year's scores, evidence and actions; Yuva's figures are kept with them as they stand. */
export async function saveQ4cAssessment(
  deps: Deps,
  ctx: RequestContext,
  programmeId: string,
  year: number,
  body: z.infer<typeof q4cSaveSchema>,
) {
  const actor = requirePermission(ctx, 'quality.write');
  await programmeInScope(deps, ctx, programmeId);
  const { from, asAt } = yearPeriod(year, today(deps.clock));
  await deps.db.transaction(async (tx) => {
    const figures = asAt >= from ? await measure(tx, programmeId, from, asAt) : null;
    const id = await saveAssessment(tx, { programmeId, year, version: body.version, userId: actor.userId });
    if (!id) {
      const existing = await findAssessment(tx, programmeId, year);
      throw await versionConflict(tx, 'q4c_assessment', existing?.id ?? programmeId, existing?.version);
    }
    await replaceScores(
      tx,
      id,
      body.scores.map((s) => {
        const m = Q4C_STANDARDS[s.standard - 1]!.measure;
        const f = m && figures ? figures[m] : null;
        return {
          ...s,
          measured: f ? percent(f.numerator, f.denominator) : null,
          measuredNumerator: f?.numerator ?? null,
          measuredDenominator: f?.denominator ?? null,
        };
      }),
    );
    await audit(tx, ctx, {
      action: 'quality.assessment_saved',
      entityType: 'q4c_assessment',
      entityId: id,
      changes: {
        programmeId,
        year,
        scores: body.scores.map((s) => ({ standard: s.standard, score: s.score })),
      },
    });
  });
  return q4cAssessment(deps, ctx, programmeId, year);
}
