// Risk-of-separation assessments of a household: a score and a note per domain.
import type { AssessmentBody } from '../../../common/contracts/strengthening';
import type { RiskDomain } from '../../../common/strengthening';
import type { Queryable } from '../client';

export async function insertAssessment(
  q: Queryable,
  householdId: string,
  body: AssessmentBody,
  userId: string,
): Promise<string> {
  const id = (
    await q.query<{ id: string }>(
      `insert into risk_assessments (household_id, assessed_on, summary, assessed_by)
       values ($1, $2, $3, $4) returning id`,
      [householdId, body.assessedOn, body.summary, userId],
    )
  )[0]!.id;
  await q.query(
    `insert into risk_assessment_scores (assessment_id, domain, score, note)
     select $1, s.domain, s.score, s.note from unnest($2::text[], $3::int[], $4::text[]) as s(domain, score, note)`,
    [id, body.scores.map((s) => s.domain), body.scores.map((s) => s.score), body.scores.map((s) => s.note)],
  );
  return id;
}

export interface AssessmentRow {
  id: string;
  assessedOn: string;
  summary: string;
  assessedByName: string | null;
  scores: { domain: RiskDomain; score: number; note: string }[];
}

/** The household's assessments, oldest first (the chart reads them in order). */
export async function assessmentsOf(q: Queryable, householdId: string): Promise<AssessmentRow[]> {
  return q.query<AssessmentRow>(
    `select ra.id, ra.assessed_on as "assessedOn", ra.summary, u.display_name as "assessedByName",
            coalesce((select json_agg(json_build_object('domain', s.domain, 'score', s.score, 'note', s.note))
                        from risk_assessment_scores s where s.assessment_id = ra.id), '[]') as scores
       from risk_assessments ra left join users u on u.id = ra.assessed_by
      where ra.household_id = $1 order by ra.assessed_on, ra.created_at`,
    [householdId],
  );
}
