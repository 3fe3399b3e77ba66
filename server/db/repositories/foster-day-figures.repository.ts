import type { Queryable } from '../client';

/**
 * The Foster Family Day results and ambassador figures countries pushed, the latest per country
 * and year (and day): a later document replaces the figures here, an earlier one arriving late does
 * not; every document stays in cooperation_documents.
 */

interface Kept {
  country: string;
  year: number;
  rowId: string;
  issuedAt: string;
  payload: unknown;
}

export async function keepFosterDayResults(q: Queryable, r: Kept & { day: string }): Promise<void> {
  await q.query(
    `insert into foster_day_results (country, year, day, document_row_id, issued_at, payload)
     values ($1, $2, $3, $4, $5, $6)
     on conflict (country, year, day) do update
       set document_row_id = excluded.document_row_id, issued_at = excluded.issued_at, payload = excluded.payload
       where foster_day_results.issued_at < excluded.issued_at`,
    [r.country, r.year, r.day, r.rowId, r.issuedAt, JSON.stringify(r.payload)],
  );
}

export async function keepAmbassadorFigures(q: Queryable, r: Kept): Promise<void> {
  await q.query(
    `insert into ambassador_figures (country, year, document_row_id, issued_at, payload)
     values ($1, $2, $3, $4, $5)
     on conflict (country, year) do update
       set document_row_id = excluded.document_row_id, issued_at = excluded.issued_at, payload = excluded.payload
       where ambassador_figures.issued_at < excluded.issued_at`,
    [r.country, r.year, r.rowId, r.issuedAt, JSON.stringify(r.payload)],
  );
}

export interface FiguresRow {
  country: string;
  names: { az: string; tr: string; ru: string; en: string };
  issuedAt: Date | string;
  payload: unknown;
}

export async function fosterDayResultsOfYear(q: Queryable, year: number): Promise<FiguresRow[]> {
  return q.query<FiguresRow>(
    `select r.country, m.names, r.issued_at as "issuedAt", r.payload
       from foster_day_results r join member_countries m on m.code = r.country
      where r.year = $1 order by r.day, r.country`,
    [year],
  );
}

export async function ambassadorFiguresOfYear(q: Queryable, year: number): Promise<FiguresRow[]> {
  return q.query<FiguresRow>(
    `select r.country, m.names, r.issued_at as "issuedAt", r.payload
       from ambassador_figures r join member_countries m on m.code = r.country
      where r.year = $1 order by r.country`,
    [year],
  );
}
