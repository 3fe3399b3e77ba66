import type { LocalizedText } from '../../../common/i18n/locales';
import { keyVariants, nameKey } from '../../../common/text/name-key';
import type { Queryable } from '../client';
import { type CaseViewer, caseVisible, viewerParams } from './case-scope';
import { personVisible } from './record-scope.repository';

/** What a new person looks like to the duplicate check. */
export interface PersonProbe {
  givenName: string;
  familyName: string;
  patronymic?: string | null;
  birthDate?: string | null;
  nationalId?: string | null;
  parentNames?: string[];
}

export interface Candidate {
  personId: string;
  givenName: string;
  familyName: string;
  patronymic: string | null;
  birthDate: string | null;
  birthDateEstimated: boolean;
  nationalId: string | null;
  parentNames: string[];
}

export interface CandidateRow extends Candidate {
  /** The viewer may see this person (the same rule as for a person's id in a request). */
  visible: boolean;
  visibleCaseId: string | null;
  caseNumber: string | null;
  locationName: LocalizedText | null;
  workerName: string | null;
}

/**
 * People who could be the one being registered: the same identity number, a word of the
 * family name and a word of the given name with the same match keys (a final d/t or b/p either
 * way), or the same birth date (the domain then weighs a near spelling of the name). Each comes with the case
 * the viewer may open (if any) and, otherwise, where to ask.
 */
export async function duplicateCandidates(
  q: Queryable,
  viewer: CaseViewer,
  probe: PersonProbe,
): Promise<CandidateRow[]> {
  const keys = (name: string) => name.split(/\s+/).map(nameKey).filter(Boolean).flatMap(keyVariants);
  const family = keys(probe.familyName);
  const given = keys(probe.givenName);
  return q.query<CandidateRow>(
    `with found as (
       select id as person_id from persons where $5::text is not null and national_id = $5 and merged_into is null
       union
       select f.person_id from person_name_keys f join person_name_keys g on g.person_id = f.person_id and g.position <> f.position
        where f.key = any($6::text[]) and g.key = any($7::text[])
       union
       (select id from persons where birth_date = $8::date and merged_into is null limit 100)
       limit 300)
     select p.id as "personId", p.given_name as "givenName", p.family_name as "familyName", p.patronymic,
            p.birth_date as "birthDate", p.birth_date_estimated as "birthDateEstimated", p.national_id as "nationalId",
            coalesce((select array_agg(pp.given_name || ' ' || pp.family_name) from family_members fm join persons pp on pp.id = fm.person_id
                       where fm.child_id = p.id and fm.relationship in ('mother', 'father')), '{}') as "parentNames",
            coalesce(
              (select c.id from cases c where c.child_id = p.id and ${caseVisible(1)} order by c.opened_on desc limit 1),
              (select c.id from family_members fm join cases c on c.child_id = fm.child_id
                where fm.person_id = p.id and ${caseVisible(1)} limit 1)) as "visibleCaseId",
            ac.case_number as "caseNumber", ${personVisible('p')} as visible,
            coalesce(l.name, hl.name, el.name) as "locationName",
            coalesce(u.display_name, hu.display_name, eu.display_name) as "workerName"
       from found join persons p on p.id = found.person_id
       -- Whom to ask about a person the viewer may not see: the case they belong to (as the child,
       -- or as a member of a child's family), else their household, else their programme.
       left join lateral (select c.* from cases c
                           where c.child_id = p.id or c.child_id in (select fm.child_id from family_members fm where fm.person_id = p.id)
                           order by c.child_id = p.id desc, c.status = 'closed', c.opened_on desc limit 1) ac on true
       left join locations l on l.id = ac.location_id
       left join users u on u.id = ac.assigned_worker_id
       left join lateral (select h.location_id, h.worker_id from household_members hm join households h on h.id = hm.household_id
                           where hm.person_id = p.id order by h.created_at desc limit 1) hh on true
       left join locations hl on hl.id = hh.location_id
       left join users hu on hu.id = hh.worker_id
       left join lateral (select pr.location_id, e.worker_id from enrolments e join programmes pr on pr.id = e.programme_id
                           where e.person_id = p.id order by e.applied_on desc limit 1) ee on true
       left join locations el on el.id = ee.location_id
       left join users eu on eu.id = ee.worker_id`,
    [...viewerParams(viewer), probe.nationalId ?? null, family, given, probe.birthDate ?? null],
  );
}
