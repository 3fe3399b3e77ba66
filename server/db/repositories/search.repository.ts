import type { SearchHit } from '../../../common/contracts/search';
import type { SearchTerms } from '../../domain/search/query-terms';
import type { Queryable } from '../client';
import { type CaseViewer, caseVisible, viewerParams } from './case-scope';

/** Candidates taken from the most selective word before the others are checked. */
const DRIVER_LIMIT = 2000;

const like = (s: string) => `${s.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/**
 * People the viewer may see whose name matches every word typed (each word a prefix, so it
 * works as the user types), ranked: same letters (3) > same name in another script or
 * spelling (2) > near spelling (1). Birth year, identity number and case number narrow it.
 */
export async function searchPeople(
  q: Queryable,
  viewer: CaseViewer,
  terms: SearchTerms,
  limit: number,
): Promise<SearchHit[]> {
  const params: unknown[] = [...viewerParams(viewer)];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const words = [...terms.names].sort((a, b) => b.key.length - a.key.length);
  const [driver, ...others] = words;
  const tier = (alias: string, w: { folded: string; key: string }) => {
    const f = p(like(w.folded));
    const k = p(like(w.key));
    const near = w.key.length >= 4 ? p(w.key) : null;
    return {
      score: `case when ${alias}.folded like ${f} then 3 when ${alias}.key like ${k} then 2 else 1 end`,
      where: `(${alias}.folded like ${f} or ${alias}.key like ${k}${near ? ` or ${alias}.key % ${near}` : ''})`,
    };
  };

  let candidates: string;
  if (driver) {
    const t = tier('k', driver);
    candidates = `select k.person_id, max(${t.score}) as score, array_agg(k.folded) as words
                    from person_name_keys k where ${t.where} group by k.person_id
                    order by 2 desc limit ${DRIVER_LIMIT}`;
  } else if (terms.nationalId) {
    candidates = `select id as person_id, 3 as score, array[]::text[] as words from persons where national_id = ${p(terms.nationalId)} and merged_into is null`;
  } else if (terms.caseNumber) {
    candidates = `select child_id as person_id, 3 as score, array[]::text[] as words from cases where case_number like ${p(like(terms.caseNumber))}`;
  } else {
    return [];
  }

  const extra: string[] = [];
  const scores = ['d.score'];
  for (const [i, w] of others.entries()) {
    const t = tier(`k${i}`, w);
    extra.push(`cross join lateral (select max(${t.score}) as s from person_name_keys k${i}
                  where k${i}.person_id = d.person_id and ${t.where}) m${i}`);
    scores.push(`m${i}.s`);
  }
  const filters = others.map((_, i) => `m${i}.s is not null`);
  if (terms.birthYear) filters.push(`extract(year from pe.birth_date) = ${p(terms.birthYear)}`);
  if (terms.nationalId && driver) filters.push(`pe.national_id = ${p(terms.nationalId)}`);
  if (terms.caseNumber && driver) filters.push(`vc.case_number like ${p(like(terms.caseNumber))}`);

  const rows = await q.query<SearchHit & { score: number; worst: number }>(
    `with d as (${candidates})
     select pe.id as "personId", pe.given_name as "givenName", pe.family_name as "familyName", pe.patronymic,
            pe.birth_date as "birthDate",
            case when vc.id is not null then 'child' when fc.id is not null then 'family' else 'caregiver' end as kind,
            coalesce(vc.id, fc.id) as "caseId", coalesce(vc.case_number, fc.case_number) as "caseNumber",
            ${scores.join(' + ')} as score, least(${scores.join(', ')}) as worst, d.words as "matchedWords"
       from d
       join persons pe on pe.id = d.person_id
       ${extra.join('\n')}
       left join lateral (select c.id, c.case_number from cases c where c.child_id = pe.id and ${caseVisible(1)}
                           order by c.status = 'closed', c.opened_on desc limit 1) vc on true
       left join lateral (select c.id, c.case_number from family_members fm join cases c on c.child_id = fm.child_id
                           where fm.person_id = pe.id and ${caseVisible(1)} limit 1) fc on true
      where (vc.id is not null or fc.id is not null or exists (select 1 from house_caregivers hc where hc.person_id = pe.id))
        ${filters.length ? `and ${filters.join(' and ')}` : ''}
      order by score desc, pe.family_name, pe.given_name
      limit ${p(limit)}`,
    params,
  );
  return rows.map(({ score: _s, worst, ...hit }) => ({
    ...hit,
    match: !driver ? 'number' : worst >= 3 ? 'exact' : worst >= 2 ? 'script' : 'near',
  }));
}

/** The plain scan people write first, for the benchmark's comparison. */
export async function ilikeScan(q: Queryable, text: string, limit: number): Promise<{ id: string }[]> {
  const pattern = `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  return q.query<{ id: string }>(
    `select id from persons where given_name ilike $1 or family_name ilike $1 or patronymic ilike $1 limit $2`,
    [pattern, limit],
  );
}
