import type { PracticeTopic } from '../../../common/contracts/practices';
import type { Locale } from '../../../common/i18n/locales';
import type { Queryable } from '../client';

/** The good-practice library on the hub (decision 0045): practices, the search, the queue. */

const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

export interface PracticeFields {
  organisationId: string | null;
  organisationName: string;
  language: Locale;
  title: string;
  summary: string;
  fullText: string;
  topics: PracticeTopic[];
  evidence: string;
  contact: string;
  ambassadorMaterial: boolean;
  searchKeys: string;
}

export interface PracticeRow extends Omit<PracticeFields, 'searchKeys'> {
  id: string;
  country: string;
  languages: Locale[];
  travelled: { country: string; kind: 'adopted' | 'adapted'; adoptedOn: string }[];
  pushed: boolean;
  sourceIssuedAt: string | null;
  updatedAt: string;
  version: number;
}

/** Every column a card or a page shows, with the languages it reads in and where it travelled. */
const COLUMNS = `p.id, p.country, p.organisation_id as "organisationId",
  coalesce(o.name, p.organisation_name) as "organisationName", p.language, p.title, p.summary,
  p.full_text as "fullText", p.topics, p.evidence, p.contact, p.ambassador_material as "ambassadorMaterial",
  p.source_ref is not null as pushed, ${iso('p.source_issued_at')} as "sourceIssuedAt",
  ${iso('p.updated_at')} as "updatedAt", p.version,
  array[p.language] || coalesce((select array_agg(t.language order by t.language) from practice_translations t
                                  where t.practice_id = p.id), '{}') as languages,
  coalesce((select json_agg(json_build_object('country', a.country, 'kind', a.kind, 'adoptedOn', a.adopted_on::text)
                            order by a.adopted_on, a.country)
              from practice_adoptions a where a.practice_id = p.id), '[]'::json) as travelled`;
const FROM = 'from practices p left join cooperation_organisations o on o.id = p.organisation_id';

export async function insertPractice(
  q: Queryable,
  p: PracticeFields & {
    country: string;
    createdBy: string | null;
    sourceRef?: string;
    sourceIssuedAt?: string;
  },
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into practices (country, organisation_id, organisation_name, language, title, summary, full_text,
       topics, evidence, contact, ambassador_material, search_keys, created_by, source_ref, source_issued_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) returning id`,
    [
      p.country,
      p.organisationId,
      p.organisationName,
      p.language,
      p.title,
      p.summary,
      p.fullText,
      p.topics,
      p.evidence,
      p.contact,
      p.ambassadorMaterial,
      p.searchKeys,
      p.createdBy,
      p.sourceRef ?? null,
      p.sourceIssuedAt ?? null,
    ],
  );
  return rows[0]!.id;
}

/** Optimistic update; `version` null skips the check (a pushed document replaces its practice). */
export async function updatePractice(
  q: Queryable,
  id: string,
  version: number | null,
  p: PracticeFields & { sourceIssuedAt?: string },
): Promise<boolean> {
  const rows = await q.query(
    `update practices set organisation_id = $3, organisation_name = $4, language = $5, title = $6, summary = $7,
       full_text = $8, topics = $9, evidence = $10, contact = $11, ambassador_material = $12, search_keys = $13,
       source_issued_at = coalesce($14, source_issued_at), version = version + 1, updated_at = now()
     where id = $1 and ($2::int is null or version = $2) returning id`,
    [
      id,
      version,
      p.organisationId,
      p.organisationName,
      p.language,
      p.title,
      p.summary,
      p.fullText,
      p.topics,
      p.evidence,
      p.contact,
      p.ambassadorMaterial,
      p.searchKeys,
      p.sourceIssuedAt ?? null,
    ],
  );
  return rows.length > 0;
}

export async function findPractice(q: Queryable, id: string): Promise<PracticeRow | undefined> {
  const rows = await q.query<PracticeRow>(`select ${COLUMNS} ${FROM} where p.id = $1`, [id]);
  return rows[0];
}

/** The practice a country's Yuva pushed under its own id, if the hub has it. */
export async function findPushedPractice(
  q: Queryable,
  country: string,
  ref: string,
): Promise<{ id: string; sourceIssuedAt: string } | undefined> {
  const rows = await q.query<{ id: string; sourceIssuedAt: string }>(
    `select id, ${iso('source_issued_at')} as "sourceIssuedAt" from practices where country = $1 and source_ref = $2`,
    [country, ref],
  );
  return rows[0];
}

export interface PracticeFilter {
  /** Name keys of the typed words: each must begin a word of a title or summary, original or translated. */
  keys: string[];
  topic?: string;
  country?: string;
  language?: Locale;
  ambassadorMaterial?: boolean;
  page: number;
  pageSize: number;
}

export async function searchPractices(
  q: Queryable,
  f: PracticeFilter,
): Promise<{ items: PracticeRow[]; total: number }> {
  const params: unknown[] = [];
  const where: string[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  for (const key of f.keys) {
    // Keys hold only sound classes and digits: no character of LIKE's own.
    const like = param(`% ${key}%`);
    where.push(`(p.search_keys like ${like} or exists (select 1 from practice_translations t
                  where t.practice_id = p.id and t.search_keys like ${like}))`);
  }
  if (f.topic) where.push(`${param(f.topic)} = any(p.topics)`);
  if (f.country) where.push(`p.country = ${param(f.country)}`);
  if (f.language) {
    const lang = param(f.language);
    where.push(`(p.language = ${lang} or exists (select 1 from practice_translations t
                  where t.practice_id = p.id and t.language = ${lang}))`);
  }
  if (f.ambassadorMaterial !== undefined)
    where.push(`p.ambassador_material = ${param(f.ambassadorMaterial)}`);
  const filter = where.length ? `where ${where.join(' and ')}` : '';
  const [count] = await q.query<{ n: number }>(
    `select count(*)::int as n from practices p ${filter}`,
    params,
  );
  const items = await q.query<PracticeRow>(
    `select ${COLUMNS} ${FROM} ${filter} order by p.updated_at desc, p.id
      limit ${param(f.pageSize)} offset ${param((f.page - 1) * f.pageSize)}`,
    params,
  );
  return { items, total: count?.n ?? 0 };
}

/** Practices not yet readable in `language`: neither written in it nor translated into it. */
export async function practicesMissing(q: Queryable, language: Locale): Promise<PracticeRow[]> {
  return q.query<PracticeRow>(
    `select ${COLUMNS} ${FROM}
      where p.language <> $1
        and not exists (select 1 from practice_translations t where t.practice_id = p.id and t.language = $1)
      order by p.created_at, p.id`,
    [language],
  );
}

/** The organisation of a member country, named in that country's register. */
export async function findOrganisation(
  q: Queryable,
  id: string,
): Promise<{ id: string; country: string; name: string } | undefined> {
  const rows = await q.query<{ id: string; country: string; name: string }>(
    'select id, country, name from cooperation_organisations where id = $1',
    [id],
  );
  return rows[0];
}

export async function organisationNamed(q: Queryable, country: string, name: string): Promise<string | null> {
  const rows = await q.query<{ id: string }>(
    'select id from cooperation_organisations where country = $1 and name = $2 order by created_at limit 1',
    [country, name],
  );
  return rows[0]?.id ?? null;
}

export async function isMemberCountry(q: Queryable, code: string): Promise<boolean> {
  const rows = await q.query('select 1 from member_countries where code = $1', [code]);
  return rows.length > 0;
}
