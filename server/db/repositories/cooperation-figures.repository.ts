import type { Queryable } from '../client';

/** What the hub compares between countries: its member countries and their pushed indicator documents. */

export interface ComparedCountryRow {
  code: string;
  names: Record<string, string>;
  status: 'member' | 'observer' | 'left';
}

export interface IndicatorDocumentRow {
  documentId: string;
  country: string;
  year: number;
  issuedAt: string;
  payload: unknown;
}

/**
 * The countries to show: every member and observer, and a country that left only if it pushed
 * figures for one of the years (its past figures stay comparable).
 */
export async function comparedCountries(q: Queryable, fromYear: number, toYear: number) {
  return q.query<ComparedCountryRow>(
    `select m.code, m.names, m.status
       from member_countries m
      where m.status <> 'left'
         or exists (select 1 from cooperation_documents d
                     where d.country = m.code and d.kind = 'indicators'
                       and extract(year from (d.payload->'period'->>'to')::date) between $1 and $2)
      order by m.code`,
    [fromYear, toYear],
  );
}

/**
 * For each country and year, the one indicator document the hub compares: of the documents whose
 * period ends in that year, the one reaching furthest into it (a full year before the same
 * year's first months), the longer of two ending on the same day, and of two with the same
 * period the one issued last (a corrected document replaces the one before).
 */
export async function latestIndicatorDocuments(
  q: Queryable,
  fromYear: number,
  toYear: number,
): Promise<IndicatorDocumentRow[]> {
  return q.query<IndicatorDocumentRow>(
    `select distinct on (d.country, y.year)
            d.document_id as "documentId", d.country, y.year,
            to_char(d.issued_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "issuedAt",
            d.payload
       from cooperation_documents d
       cross join lateral (select extract(year from (d.payload->'period'->>'to')::date)::int as year) y
      where d.kind = 'indicators' and y.year between $1 and $2
      order by d.country, y.year, (d.payload->'period'->>'to')::date desc,
               (d.payload->'period'->>'from')::date asc, d.issued_at desc, d.received_at desc`,
    [fromYear, toYear],
  );
}
