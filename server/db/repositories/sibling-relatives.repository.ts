import type { RELATIONSHIPS } from '../../../common/cases';
import type { Queryable } from '../client';
import { type CaseViewer, caseVisible, viewerParams } from './case-scope';
import type { Candidate } from './duplicates.repository';

export interface SiblingRelativeRow extends Candidate {
  relationship: (typeof RELATIONSHIPS)[number];
  siblingName: string;
  siblingCaseNumber: string;
  /** The brother's or sister's case, for the access log of who read its family records. */
  siblingCaseId: string;
}

/**
 * The relatives of a child's brothers and sisters (same sibling group, or recorded as a sibling)
 * whose case the viewer may open, leaving out the child and whoever is already in the child's
 * family: the aunt recorded for one sister is the same aunt for the other.
 */
export async function relativesOfSiblings(
  q: Queryable,
  viewer: CaseViewer,
  childId: string,
): Promise<SiblingRelativeRow[]> {
  return q.query<SiblingRelativeRow>(
    `with siblings as (
       select m.person_id from sibling_group_members me
         join sibling_group_members m on m.group_id = me.group_id and m.person_id <> me.person_id
        where me.person_id = $5
       union
       select fm.person_id from family_members fm where fm.child_id = $5 and fm.relationship = 'sibling')
     select distinct on (p.id) p.id as "personId", p.given_name as "givenName", p.family_name as "familyName",
            p.patronymic, p.birth_date as "birthDate", p.birth_date_estimated as "birthDateEstimated",
            p.national_id as "nationalId", '{}'::text[] as "parentNames", fm.relationship,
            s.given_name || ' ' || s.family_name as "siblingName", c.case_number as "siblingCaseNumber", c.id::text as "siblingCaseId"
       from siblings sib
       join persons s on s.id = sib.person_id
       join cases c on c.child_id = s.id and ${caseVisible(1)}
       join family_members fm on fm.child_id = s.id
       join persons p on p.id = fm.person_id
      where p.id <> $5 and p.merged_into is null
        and not exists (select 1 from family_members mine where mine.child_id = $5 and mine.person_id = p.id)
      order by p.id, c.status = 'closed', c.opened_on desc
      limit 100`,
    [...viewerParams(viewer), childId],
  );
}

/** Whether a person may be linked to the child: merged into another record, already in the family. */
export async function linkState(
  q: Queryable,
  childId: string,
  personId: string,
): Promise<{ merged: boolean; inFamily: boolean } | undefined> {
  const rows = await q.query<{ merged: boolean; inFamily: boolean }>(
    `select p.merged_into is not null as merged,
            exists (select 1 from family_members fm where fm.child_id = $1 and fm.person_id = p.id) as "inFamily"
       from persons p where p.id = $2`,
    [childId, personId],
  );
  return rows[0];
}
