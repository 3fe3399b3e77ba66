import type { Queryable } from '../client';

export async function homeStudiesOf(q: Queryable, familyId: string) {
  return q.query<{
    id: string;
    visitedOn: string;
    findings: string;
    recommendation: string;
    writtenBy: string | null;
  }>(
    `select h.id, h.visited_on as "visitedOn", h.findings, h.recommendation, u.display_name as "writtenBy"
       from home_study_reports h left join users u on u.id = h.written_by where h.family_id = $1 order by h.visited_on`,
    [familyId],
  );
}

export async function insertHomeStudy(
  q: Queryable,
  familyId: string,
  h: { visitedOn: string; findings: string; recommendation: string },
  by: string,
) {
  return (
    await q.query<{ id: string }>(
      'insert into home_study_reports (family_id, visited_on, findings, recommendation, written_by) values ($1, $2, $3, $4, $5) returning id',
      [familyId, h.visitedOn, h.findings, h.recommendation, by],
    )
  )[0]!.id;
}
