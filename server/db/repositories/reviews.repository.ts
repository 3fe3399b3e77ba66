import type { ContactBody, ReviewBody, ReviewView } from '../../../common/contracts/cases';
import type { Queryable } from '../client';

const REVIEW_SELECT = `select r.id, r.held_on as "heldOn", r.kind, r.participants, r.child_heard as "childHeard", r.findings,
            r.necessity_holds as "necessityHolds", r.suitability_holds as "suitabilityHolds", r.decisions,
            r.next_review_on as "nextReviewOn", r.q4c_standards as "q4cStandards", u.display_name as "createdByName",
            r.created_at as "createdAt"
       from reviews r left join users u on u.id = r.created_by`;

const reviewView = (r: ReviewView): ReviewView => ({ ...r, createdAt: new Date(r.createdAt).toISOString() });

export async function reviewsOfCase(q: Queryable, caseId: string): Promise<ReviewView[]> {
  const rows = await q.query<ReviewView>(
    `${REVIEW_SELECT} where r.case_id = $1 order by r.held_on desc, r.created_at desc`,
    [caseId],
  );
  return rows.map(reviewView);
}

export async function reviewById(q: Queryable, id: string): Promise<ReviewView | undefined> {
  const rows = await q.query<ReviewView>(`${REVIEW_SELECT} where r.id = $1`, [id]);
  return rows[0] && reviewView(rows[0]);
}

export async function insertReview(q: Queryable, caseId: string, b: ReviewBody, by: string): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into reviews (case_id, held_on, kind, participants, child_heard, findings, necessity_holds, suitability_holds,
       decisions, next_review_on, q4c_standards, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning id`,
    [
      caseId,
      b.heldOn,
      b.kind,
      b.participants,
      b.childHeard,
      b.findings,
      b.necessityHolds,
      b.suitabilityHolds,
      b.decisions,
      b.nextReviewOn ?? null,
      [...new Set(b.q4cStandards)].sort((x, y) => x - y),
      by,
    ],
  );
  return rows[0]!.id;
}

export interface ContactRow extends ContactBody {
  id: string;
  familyMemberName: string | null;
  version: number;
}

export async function contactsOfCase(q: Queryable, caseId: string): Promise<ContactRow[]> {
  return q.query<ContactRow>(
    `select fc.id, fc.contact_on as "contactOn", fc.family_member_id as "familyMemberId", fc.with_whom as "withWhom",
            fc.kind, fc.supervised, fc.status, fc.cancelled_by as "cancelledBy", fc.child_reaction as "childReaction",
            p.given_name || ' ' || p.family_name as "familyMemberName", fc.version
       from family_contacts fc left join family_members fm on fm.id = fc.family_member_id left join persons p on p.id = fm.person_id
      where fc.case_id = $1 order by fc.contact_on desc, fc.created_at desc`,
    [caseId],
  );
}

export async function insertContact(
  q: Queryable,
  caseId: string,
  b: ContactBody,
  by: string,
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into family_contacts (case_id, contact_on, family_member_id, with_whom, kind, supervised, status, cancelled_by,
       child_reaction, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [
      caseId,
      b.contactOn,
      b.familyMemberId ?? null,
      b.withWhom,
      b.kind,
      b.supervised,
      b.status,
      b.status === 'cancelled' ? (b.cancelledBy ?? null) : null,
      b.childReaction,
      by,
    ],
  );
  return rows[0]!.id;
}

export async function familyMemberBelongsToChild(
  q: Queryable,
  memberId: string,
  childId: string,
): Promise<boolean> {
  return (
    (await q.query('select 1 from family_members where id = $1 and child_id = $2', [memberId, childId]))
      .length === 1
  );
}
