import type { Queryable } from '../client';

/** Share counts of what Yuva can measure for a standard, for a programme's cases in a period. */
export interface Measured {
  numerator: number;
  denominator: number;
}

const share = async (q: Queryable, sql: string, params: unknown[]): Promise<Measured> =>
  (await q.query<Measured>(sql, params))[0]!;

/** $1 programme, $2 period start, $3 period end (the as-at date). */
export const PARTICIPATION_MEASURES = {
  child_views_gatekeeping: (q: Queryable, p: unknown[]) =>
    share(
      q,
      `select count(*) filter (where btrim(g.child_views) <> '')::int as numerator, count(*)::int as denominator
         from gatekeeping_assessments g join cases c on c.id = g.case_id
        where c.programme_id = $1 and g.status = 'approved' and g.reviewed_at::date between $2::date and $3::date`,
      p,
    ),
  child_heard_reviews: (q: Queryable, p: unknown[]) =>
    share(
      q,
      `select count(*) filter (where btrim(r.child_heard) <> '')::int as numerator, count(*)::int as denominator
         from reviews r join cases c on c.id = r.case_id
        where c.programme_id = $1 and r.held_on between $2::date and $3::date`,
      p,
    ),
  young_person_agreed: (q: Queryable, p: unknown[]) =>
    share(
      q,
      `select count(*) filter (where l.young_person_agreed)::int as numerator, count(*)::int as denominator
         from leaving_care_plans l join cases c on c.id = l.case_id
        where c.programme_id = $1 and l.started_on between $2::date and $3::date`,
      p,
    ),
  after_care_follow_ups: (q: Queryable, p: unknown[]) =>
    share(
      q,
      `select count(*) filter (where f.status = 'held')::int as numerator, count(*)::int as denominator
         from follow_ups f join cases c on c.id = f.case_id
        where c.programme_id = $1 and f.kind = 'after_care' and f.due_on between $2::date and $3::date`,
      p,
    ),
};

export interface ScoreRow {
  standard: number;
  score: number | null;
  evidence: string;
  actions: string;
  /** Yuva's figure as it stood when the score was saved: the percent and its two counts (null before migration 0025). */
  measured: number | null;
  measuredNumerator: number | null;
  measuredDenominator: number | null;
}

export async function findAssessment(q: Queryable, programmeId: string, year: number) {
  return (
    await q.query<{ id: string; version: number; updatedAt: string }>(
      `select id, version, updated_at as "updatedAt" from q4c_assessments where programme_id = $1 and year = $2`,
      [programmeId, year],
    )
  )[0];
}

export async function scoresOf(q: Queryable, assessmentId: string): Promise<ScoreRow[]> {
  return q.query<ScoreRow>(
    `select standard, score, evidence, actions, measured::float8 as measured,
            measured_numerator as "measuredNumerator", measured_denominator as "measuredDenominator"
       from q4c_scores where assessment_id = $1 order by standard`,
    [assessmentId],
  );
}

export async function assessmentYears(q: Queryable, programmeId: string) {
  return q.query<{ year: number; scored: number; average: number | null }>(
    `select a.year, count(s.score)::int as scored, round(avg(s.score), 2)::float8 as average
       from q4c_assessments a left join q4c_scores s on s.assessment_id = a.id
      where a.programme_id = $1 group by a.year order by a.year`,
    [programmeId],
  );
}

/** Creates the year's assessment (version null) or moves it on from the version read. */
export async function saveAssessment(
  q: Queryable,
  a: { programmeId: string; year: number; version: number | null; userId: string },
): Promise<string | null> {
  if (a.version === null) {
    const rows = await q.query<{ id: string }>(
      `insert into q4c_assessments (programme_id, year, created_by) values ($1, $2, $3)
       on conflict do nothing returning id`,
      [a.programmeId, a.year, a.userId],
    );
    return rows[0]?.id ?? null;
  }
  const rows = await q.query<{ id: string }>(
    `update q4c_assessments set version = version + 1, updated_at = now()
      where programme_id = $1 and year = $2 and version = $3 returning id`,
    [a.programmeId, a.year, a.version],
  );
  return rows[0]?.id ?? null;
}

export async function replaceScores(q: Queryable, assessmentId: string, scores: ScoreRow[]) {
  await q.query('delete from q4c_scores where assessment_id = $1', [assessmentId]);
  for (const s of scores) {
    await q.query(
      `insert into q4c_scores (assessment_id, standard, score, evidence, actions, measured, measured_numerator, measured_denominator)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        assessmentId,
        s.standard,
        s.score,
        s.evidence,
        s.actions,
        s.measured,
        s.measuredNumerator,
        s.measuredDenominator,
      ],
    );
  }
}
