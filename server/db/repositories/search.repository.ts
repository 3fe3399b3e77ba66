import type { SearchHit } from '../../../common/contracts/search';
import { NEAR_SIMILARITY } from '../../../common/text/name-key';
import type { Queryable } from '../client';
import { type CaseViewer, caseVisible, viewerParams } from './case-scope';

/** What the user typed, split by the domain (`parseSearch`) into what the query matches on. */
export interface NameTerm {
  typed: string;
  folded: string;
  key: string;
  /** The key and, for a word ending in d/t or b/p, the key with that consonant voiced or not. */
  keys: string[];
  /** The consonants of the key, voiceless: near spellings share them (Muharrem ~ Məhərrəm). */
  skeleton: string;
}

export interface SearchTerms {
  /** Each name word: as typed (lower case), folded, its key and the keys it also stands for. */
  names: NameTerm[];
  birthYear: number | null;
  nationalId: string | null;
  caseNumber: string | null;
}

const like = (s: string) => `${s.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
/** A case number containing what was typed: its last digits are the part people remember. */
const containing = (s: string) => `%${like(s)}`;

/**
 * People the viewer may see whose name matches every word typed (each word a prefix, so it
 * works as the user types), ranked: same letters (3) > same name in another script or
 * spelling (2) > near spelling (1). Near spellings fill what the first tiers leave of the page,
 * so a misspelt duplicate found as typed does not hide the original spelt another way.
 * The rarest word drives: each tier walks its index in order with every other condition
 * (other words, birth year, numbers, access) checked on the way, and stops after `limit`.
 */
export async function searchPeople(
  q: Queryable,
  viewer: CaseViewer,
  terms: SearchTerms,
  limit: number,
): Promise<SearchHit[]> {
  let hits: SearchHit[] = [];
  if (terms.names.length > 1) {
    // Several words: first as a whole name in either order (one range scan), then word by word.
    hits = await runSearch(q, viewer, terms, limit, 'whole');
    if (hits.length >= limit) return hits;
  }
  if (!hits.length) {
    if (terms.names.length > 1) terms = { ...terms, names: await bySelectivity(q, terms.names) };
    hits = await runSearch(q, viewer, terms, limit, 'words');
  }
  // Each word in turn is the one spelt near (the longest first); the others match as typed or near.
  const nearWords = terms.names
    .map((w, i) => ({ w, i }))
    .filter(({ w }) => w.key.length >= 4)
    .sort((a, b) => b.w.key.length - a.w.key.length)
    .slice(0, MAX_NEAR_WORDS);
  for (const { w, i } of nearWords) {
    if (hits.length >= limit) break;
    const names = [w, ...terms.names.filter((_, j) => j !== i)];
    const near = await runSearch(q, viewer, { ...terms, names }, limit, 'near');
    const seen = new Set(hits.map((h) => h.personId));
    hits = [...hits, ...near.filter((h) => !seen.has(h.personId))].slice(0, limit);
  }
  return hits;
}

/** Words of one search tried as the near-spelt one. */
const MAX_NEAR_WORDS = 2;

/** Whole-name keys for the words typed: each word's own key or its devoiced one (a few at most). */
function wholeKeys(names: SearchTerms['names']): string[] {
  let combos = [''];
  for (const [i, w] of names.entries())
    combos = combos.flatMap((c) => w.keys.map((k) => (i ? `${c} ${k}` : k))).slice(0, 4);
  return combos;
}

/** Near keys looked at for one word typed: the likeliest, each with everyone who bears it. */
const NEAR_KEYS = 16;

/** Counted up to this many index entries, a word's prefix tells how selective it is. */
const SELECTIVITY_CAP = 5000;

/** The words typed, the rarest first: the rarest drives the search, the others only filter. */
async function bySelectivity(q: Queryable, names: SearchTerms['names']): Promise<SearchTerms['names']> {
  const counted = await Promise.all(
    names.map(async (w) => {
      const rows = await q.query<{ n: number }>(
        `select count(*)::int as n from (select 1 from person_name_keys where key collate "C" like $1 limit ${SELECTIVITY_CAP}) x`,
        [like(w.key)],
      );
      return { w, n: rows[0]?.n ?? 0 };
    }),
  );
  return counted.sort((a, b) => a.n - b.n || b.w.key.length - a.w.key.length).map((c) => c.w);
}

async function runSearch(
  q: Queryable,
  viewer: CaseViewer,
  terms: SearchTerms,
  limit: number,
  mode: 'whole' | 'words' | 'near',
): Promise<SearchHit[]> {
  const near = mode === 'near';
  const params: unknown[] = [...viewerParams(viewer)];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const [driver, ...rest] = terms.names;
  const others = mode === 'whole' ? [] : rest;

  // Conditions every candidate must meet, checked while the index is walked, so a rare
  // combination (a common name with a birth year) stops as soon as enough are found.
  const visible = `(exists (select 1 from cases c where c.child_id = pe.id and ${caseVisible(1)})
      or exists (select 1 from family_members fm join cases c on c.child_id = fm.child_id where fm.person_id = pe.id and ${caseVisible(1)})
      or exists (select 1 from house_caregivers hc where hc.person_id = pe.id))`;
  const must = ['pe.merged_into is null', visible];
  const otherScores: string[] = [];
  for (const w of others) {
    const f = p(like(w.folded));
    const sameKey = w.keys.map((key) => `o.key collate "C" like ${p(like(key))}`).join(' or ');
    const nearKey =
      near && w.key.length >= 4
        ? [...w.keys.map((key) => `similarity(o.key, ${p(key)}) >= 0.5`), `o.skeleton = ${p(w.skeleton)}`]
        : [];
    const matches = `(o.folded collate "C" like ${f} or ${[sameKey, ...nearKey].join(' or ')})`;
    must.push(`exists (select 1 from person_name_keys o where o.person_id = pe.id and ${matches})`);
    otherScores.push(`(select max(case when o.folded collate "C" like ${f} then 3 when ${sameKey} then 2 else 1 end)
                        from person_name_keys o where o.person_id = pe.id and ${matches})`);
  }
  if (terms.birthYear)
    must.push(
      `pe.birth_date >= make_date(${p(terms.birthYear)}, 1, 1) and pe.birth_date < make_date(${p(terms.birthYear + 1)}, 1, 1)`,
    );
  if (terms.nationalId && driver) must.push(`pe.national_id = ${p(terms.nationalId)}`);
  if (terms.caseNumber && driver)
    must.push(
      `exists (select 1 from cases cn where cn.child_id = pe.id and cn.case_number like ${p(containing(terms.caseNumber))})`,
    );
  const filter = must.join(' and ');
  const take = p(limit);

  let candidates: string;
  if (driver && mode === 'whole') {
    const tier = (column: 'folded' | 'key', pattern: string, score: number) =>
      `(select f.person_id, ${score} as score from person_full_keys f join persons pe on pe.id = f.person_id
         where f.${column} collate "C" like ${pattern} and ${filter}
         order by f.${column} collate "C" limit ${take})`;
    const folded = like(terms.names.map((w) => w.folded).join(' '));
    const keys = wholeKeys(terms.names).map((key) => tier('key', p(like(key)), 2));
    candidates = `select person_id, max(score) as score from (${[tier('folded', p(folded), 3), ...keys].join(' union all ')}) x
      group by person_id`;
  } else if (driver && !near) {
    const tier = (column: 'folded' | 'key', pattern: string, score: number) =>
      `(select k.person_id, ${score} as score from person_name_keys k join persons pe on pe.id = k.person_id
         where k.${column} collate "C" like ${pattern} and ${filter}
         order by k.${column} collate "C" limit ${take})`;
    const keys = driver.keys.map((key) => tier('key', p(like(key)), 2));
    candidates = `select person_id, max(score) as score from (${[tier('folded', p(like(driver.folded)), 3), ...keys].join(' union all ')}) x
      group by person_id`;
  } else if (driver && near) {
    const ks = driver.keys.map((key) => p(key));
    const likeness = `greatest(${ks.map((k) => `similarity(l.key, ${k})`).join(', ')})`;
    // Near keys first, among the distinct keys: trigrams (the index's threshold, 0.5) or the same
    // consonants with vowels close enough (Mehmet ~ Məhəmməd by trigrams, Muharrem ~ Məhərrəm and
    // Fatma ~ Fatimə by the skeleton). Keys the same-name tier already walked are left out.
    const alike = [
      ...ks.map((k) => `l.key % ${k}`),
      `(l.skeleton = ${p(driver.skeleton)} and ${likeness} >= ${p(NEAR_SIMILARITY)})`,
    ];
    const walked = driver.keys.map((key) => `l.key collate "C" like ${p(like(key))}`);
    // Ranked by likeness within the tier: 1 + similarity stays below the "same name" score of 2.
    candidates = `select person_id, 1 + 0.99 * max(likeness) as score from (
       select k.person_id, n.likeness
         from (select l.key, ${likeness} as likeness from name_key_lexicon l
                where (${alike.join(' or ')}) and not (${walked.join(' or ')})
                order by likeness desc limit ${NEAR_KEYS}) n
         join person_name_keys k on k.key collate "C" = n.key collate "C"
         join persons pe on pe.id = k.person_id
        where ${filter}
        order by n.likeness desc limit ${take}) x group by person_id`;
  } else if (terms.nationalId) {
    candidates = `select pe.id as person_id, 3 as score from persons pe where pe.national_id = ${p(terms.nationalId)} and ${filter}`;
  } else if (terms.caseNumber) {
    candidates = `select pe.id as person_id, 3 as score from cases cn join persons pe on pe.id = cn.child_id
       where cn.case_number like ${p(containing(terms.caseNumber))} and ${filter}
       order by cn.case_number desc limit ${take}`;
  } else {
    return [];
  }
  const scores = ['d.score', ...otherScores];

  const rows = await q.query<SearchHit & { score: number; worst: number }>(
    `with d as (${candidates})
     select pe.id as "personId", pe.given_name as "givenName", pe.family_name as "familyName", pe.patronymic,
            pe.birth_date as "birthDate",
            case when vc.id is not null then 'child' when fc.id is not null then 'family' else 'caregiver' end as kind,
            coalesce(vc.id, fc.id) as "caseId", coalesce(vc.case_number, fc.case_number) as "caseNumber",
            hg.house_id as "houseId", hg.house_number as "houseNumber", hg.programme_id as "programmeId",
            ${scores.join(' + ')} as score, least(${scores.join(', ')}) as worst,
            (select array_agg(w.folded order by w.position) from person_name_keys w where w.person_id = pe.id) as "matchedWords"
       from d
       join persons pe on pe.id = d.person_id
       left join lateral (select c.id, c.case_number from cases c where c.child_id = pe.id and ${caseVisible(1)}
                           order by c.status = 'closed', c.opened_on desc limit 1) vc on true
       left join lateral (select c.id, c.case_number from family_members fm join cases c on c.child_id = fm.child_id
                           where fm.person_id = pe.id and ${caseVisible(1)} limit 1) fc on true
       -- A caregiver's house (the current one first), when the viewer may open its village.
       left join lateral (select h.id as house_id, h.house_number, h.programme_id
                            from house_caregivers hc join family_houses h on h.id = hc.house_id
                            join programmes pr on pr.id = h.programme_id
                           where hc.person_id = pe.id
                             and ($1::boolean or pr.location_id = any($2::uuid[]) or pr.id = any($3::uuid[]))
                           order by hc.end_date is null desc, hc.start_date desc limit 1) hg on true
      order by score desc, pe.family_name, pe.given_name
      limit ${take}`,
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
