import type { GatekeepingBody, GatekeepingView } from '../../../common/contracts/cases';
import type { Queryable } from '../client';

const COLUMNS = `g.id, g.case_id as "caseId", g.status, g.support_tried as "supportTried", g.options_considered as "optionsConsidered",
  g.participants, g.child_views as "childViews", g.parents_views as "parentsViews", g.decision,
  g.decision_reason as "decisionReason", g.authority_decision_number as "authorityDecisionNumber",
  g.authority_decision_date as "authorityDecisionDate", su.display_name as "submittedByName", g.submitted_at as "submittedAt",
  ru.display_name as "reviewedByName", g.reviewed_at as "reviewedAt", g.review_comment as "reviewComment", g.version,
  g.submitted_by as "submittedBy"`;
const FROM = `from gatekeeping_assessments g left join users su on su.id = g.submitted_by left join users ru on ru.id = g.reviewed_by`;

export type GatekeepingRecord = GatekeepingView & { submittedBy: string | null };

function present(r: GatekeepingRecord): GatekeepingRecord {
  return {
    ...r,
    submittedAt: r.submittedAt ? new Date(r.submittedAt).toISOString() : null,
    reviewedAt: r.reviewedAt ? new Date(r.reviewedAt).toISOString() : null,
  };
}

export async function gatekeepingOfCase(q: Queryable, caseId: string): Promise<GatekeepingRecord[]> {
  return (
    await q.query<GatekeepingRecord>(
      `select ${COLUMNS} ${FROM} where g.case_id = $1 order by g.created_at desc`,
      [caseId],
    )
  ).map(present);
}

export async function findGatekeeping(q: Queryable, id: string): Promise<GatekeepingRecord | undefined> {
  const row = (await q.query<GatekeepingRecord>(`select ${COLUMNS} ${FROM} where g.id = $1`, [id]))[0];
  return row && present(row);
}

const FIELDS: [keyof GatekeepingBody, string][] = [
  ['supportTried', 'support_tried'],
  ['optionsConsidered', 'options_considered'],
  ['participants', 'participants'],
  ['childViews', 'child_views'],
  ['parentsViews', 'parents_views'],
  ['decision', 'decision'],
  ['decisionReason', 'decision_reason'],
  ['authorityDecisionNumber', 'authority_decision_number'],
  ['authorityDecisionDate', 'authority_decision_date'],
];

export async function insertGatekeeping(
  q: Queryable,
  caseId: string,
  body: GatekeepingBody,
  by: string,
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into gatekeeping_assessments (case_id, created_by, ${FIELDS.map(([, c]) => c).join(', ')})
     values ($1, $2, ${FIELDS.map((_, i) => `$${i + 3}`).join(', ')}) returning id`,
    [caseId, by, ...FIELDS.map(([k]) => body[k] ?? null)],
  );
  return rows[0]!.id;
}

/** Edits a draft or returned assessment; undefined when the version moved on or it is no longer editable. */
export async function updateGatekeeping(
  q: Queryable,
  id: string,
  version: number,
  body: GatekeepingBody,
): Promise<boolean> {
  const rows = await q.query(
    `update gatekeeping_assessments set ${FIELDS.map(([, c], i) => `${c} = $${i + 3}`).join(', ')}, status = 'draft',
            version = version + 1, updated_at = now()
      where id = $1 and version = $2 and status in ('draft', 'returned') returning id`,
    [id, version, ...FIELDS.map(([k]) => body[k] ?? null)],
  );
  return rows.length === 1;
}

export async function setGatekeepingStatus(
  q: Queryable,
  id: string,
  version: number,
  change: { from: string[]; to: string; by: string; comment?: string; as: 'submitted' | 'reviewed' },
): Promise<boolean> {
  const who =
    change.as === 'submitted'
      ? 'submitted_by = $4, submitted_at = now()'
      : 'reviewed_by = $4, reviewed_at = now(), review_comment = $6';
  const rows = await q.query(
    `update gatekeeping_assessments set status = $3, ${who}, version = version + 1, updated_at = now()
      where id = $1 and version = $2 and status = any($5::text[]) returning id`,
    change.as === 'submitted'
      ? [id, version, change.to, change.by, change.from]
      : [id, version, change.to, change.by, change.from, change.comment ?? ''],
  );
  return rows.length === 1;
}
