import type { SearchHit } from '../../../common/contracts/search';
import type { SearchTerms } from '../../domain/search/query-terms';
import type { Queryable } from '../client';
import { type CaseViewer, caseVisible, viewerParams } from './case-scope';

/** Index entries taken per tier of the first word before the other words are checked. */
const CANDIDATES = 400;

const like = (s: string) => `${s.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/**
 * People the viewer may see whose name matches every word typed (each word a prefix, so it
 * works as the user types), ranked: same letters (3) > same name in another script or
 * spelling (2) > near spelling (1, only looked for when the first two find too few).
 * The most selective word drives: each tier is one index range scan that stops after
 * CANDIDATES entries, so the cost does not grow with the number of people on file.
 * Birth year, identity number and case number narrow the result.
 */
export async function searchPeople(
  q: Queryable,
  viewer: CaseViewer,
  terms: SearchTerms,
  limit: number,
): Promise<SearchHit[]> {
  const hits = await runSearch(q, viewer, terms, limit, false);
  if (hits.length >= limit || !terms.names.some((w) => w.key.length >= 4)) return hits;
  const near = await runSearch(q, viewer, terms, limit, true);
  const seen = new Set(hits.map((h) => h.personId));
  return [...hits, ...near.filter((h) => !seen.has(h.personId))].slice(0, limit);
}

async function runSearch(
  q: Queryable,
  viewer: CaseViewer,
  terms: SearchTerms,
  limit: number,
  near: boolean,
): Promise<SearchHit[]> {
  const params: unknown[] = [...viewerParams(viewer)];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const words = [...terms.names].sort((a, b) => b.key.length - a.key.length);
  const [driver, ...others] = words;

  let candidates: string;
  if (driver && !near) {
    const f = p(like(driver.folded));
    const k = p(like(driver.key));
    candidates = `select person_id, max(s) as score from (
        (select person_id, 3 as s from person_name_keys where folded collate "C" like ${f}
          order by folded collate "C" limit ${CANDIDATES})
        union all
        (select person_id, 2 as s from person_name_keys where key collate "C" like ${k}
          order by key collate "C" limit ${CANDIDATES})) x
      group by person_id`;
  } else if (driver && near) {
    const k = p(driver.key);
    candidates = `select person_id, 1 as score from person_name_keys
       where key % ${k} and similarity(key, ${k}) >= 0.5 order by similarity(key, ${k}) desc limit ${CANDIDATES / 4}`;
  } else if (terms.nationalId) {
    candidates = `select id as person_id, 3 as score from persons where national_id = ${p(terms.nationalId)} and merged_into is null`;
  } else if (terms.caseNumber) {
    candidates = `select child_id as person_id, 3 as score from cases where case_number like ${p(like(terms.caseNumber))} limit ${CANDIDATES}`;
  } else {
    return [];
  }

  const extra: string[] = [];
  const scores = ['d.score'];
  for (const [i, w] of others.entries()) {
    const f = p(like(w.folded));
    const k = p(like(w.key));
    const nearKey = near && w.key.length >= 4 ? p(w.key) : null;
    extra.push(`cross join lateral (select max(case when k${i}.folded like ${f} then 3 when k${i}.key like ${k} then 2 else 1 end) as s
                  from person_name_keys k${i} where k${i}.person_id = d.person_id
                   and (k${i}.folded like ${f} or k${i}.key like ${k}${nearKey ? ` or similarity(k${i}.key, ${nearKey}) >= 0.5` : ''})) m${i}`);
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
            ${scores.join(' + ')} as score, least(${scores.join(', ')}) as worst,
            (select array_agg(w.folded order by w.position) from person_name_keys w where w.person_id = pe.id) as "matchedWords"
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
  // Sorted, as a list shown to a user would be: the scan has to read every row.
  return q.query<{ id: string }>(
    `select id from persons where given_name ilike $1 or family_name ilike $1 or patronymic ilike $1
      order by family_name, given_name limit $2`,
    [pattern, limit],
  );
}
