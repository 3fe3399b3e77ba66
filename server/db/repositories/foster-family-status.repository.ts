import type { Queryable } from '../client';

// Where a family stands: the assessment's steps, the decision, renewal and an active placement.

export async function setFamilyStatus(
  q: Queryable,
  id: string,
  version: number,
  status: string,
  from: string[],
): Promise<boolean> {
  const rows = await q.query(
    'update foster_families set status = $3, version = version + 1, updated_at = now() where id = $1 and version = $2 and status = any($4::text[]) returning id',
    [id, version, status, from],
  );
  return rows.length === 1;
}

export async function recordDecision(
  q: Queryable,
  id: string,
  d: {
    version: number;
    status: string;
    decidedOn: string;
    reason: string;
    ageMin: number | null;
    ageMax: number | null;
    childrenMax: number | null;
    needs: string[];
    expiresOn: string | null;
    contractNumber: string | null;
    certificateNumber: string | null;
  },
): Promise<boolean> {
  const rows = await q.query(
    `update foster_families set status = $3, decided_on = $4, decision_reason = $5, approved_age_min = $6, approved_age_max = $7,
            approved_children_max = $8, approved_needs = $9, approval_expires_on = $10, contract_number = $11, certificate_number = $12,
            version = version + 1, updated_at = now()
      where id = $1 and version = $2 and status in ('applying', 'home_study', 'training', 'ready_for_review') returning id`,
    [
      id,
      d.version,
      d.status,
      d.decidedOn,
      d.reason,
      d.ageMin,
      d.ageMax,
      d.childrenMax,
      d.needs,
      d.expiresOn,
      d.contractNumber,
      d.certificateNumber,
    ],
  );
  return rows.length === 1;
}

/**
 * Approved families whose approval ends within `days` of `today` become `renewal_due` (the
 * daily job in server/jobs); returns each family changed with the status it had.
 */
export async function markRenewalsDue(
  q: Queryable,
  today: string,
  days: number,
): Promise<{ id: string; reference: string; from: string; approvalExpiresOn: string }[]> {
  return q.query(
    `with due as (
       select id, status from foster_families
        where status in ('approved', 'available', 'active') and approval_expires_on <= $1::date + $2::int
        for update)
     update foster_families f set status = 'renewal_due', version = f.version + 1, updated_at = now()
       from due where f.id = due.id
     returning f.id, f.reference, due.status as "from", f.approval_expires_on as "approvalExpiresOn"`,
    [today, days],
  );
}

export async function markFamilyActive(q: Queryable, id: string): Promise<void> {
  await q.query(
    "update foster_families set status = 'active', version = version + 1, updated_at = now() where id = $1",
    [id],
  );
}
