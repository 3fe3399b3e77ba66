import type { z } from 'zod';
import type { ExportOptions } from '../../../common/contracts/exports';
import type { Locale, LocalizedText } from '../../../common/i18n/locales';
import { t } from '../../i18n/translate';
import type { Permission } from '../access/policy';
import type { Deps, RequestContext } from '../context';
import type { CellType, CellValue } from './cells';

/**
 * How a list becomes downloadable: one declaration (`defineExport`) of its columns, headed by
 * catalogue keys, and its rows, read in batches from the list's own repository query. Put it in
 * `EXPORTS` (lists.ts) and `GET /api/exports/<name>` exists, with the list's read permission,
 * CSV and XLSX, streaming, progress headers and an audit row.
 */
export interface ExportLabels {
  locale: Locale;
  /** The day of the export (ages are counted to it). */
  today: string;
  t(key: string, values?: Record<string, string | number>): string;
  /** `prefix.value` from the catalogue (e.g. `cases.status.in_care`), or the value itself when there is none. */
  label(prefix: string, value: string | null | undefined): string;
  /** A name kept in the four languages, in the export's. */
  localized(text: LocalizedText | null | undefined): string;
  yesNo(value: boolean | null | undefined): string;
}

export interface ExportColumn<R> {
  /** Catalogue key of the heading. */
  heading: string;
  /** text (default), number, date ('YYYY-MM-DD') or datetime (a moment). */
  type?: CellType;
  /** Width in characters in the spreadsheet. */
  width?: number;
  value(row: R, labels: ExportLabels): CellValue;
}

/** Where the rows come from: the count shown as progress, then the rows a batch at a time. */
export interface RowSource<R> {
  count(): Promise<number>;
  /** Batches of at most `size` rows; each is one query, and no transaction stays open between them. */
  batches(size: number): AsyncIterable<R[]>;
}

export type ExportFilters<S extends z.ZodType> = Omit<z.infer<S>, keyof ExportOptions>;

export interface ExportDefinition<S extends z.ZodType = z.ZodType, R = unknown> {
  /** The path (`/api/exports/<name>`) and the name in the audit log. */
  name: string;
  /** Catalogue key of the list's title: the file's and the sheet's name. */
  title: string;
  /** For the API documentation. */
  summary: string;
  /** The list's own read permission. */
  access: Permission;
  /** The list's filters with the export options (common/contracts/exports.ts). */
  query: S;
  columns: readonly ExportColumn<NoInfer<R>>[];
  /** The rows the user may see with these filters: the list's own scope-filtered query. */
  rows(deps: Deps, ctx: RequestContext, filters: ExportFilters<S>): RowSource<R>;
}

export function defineExport<S extends z.ZodType, R>(
  definition: ExportDefinition<S, R>,
): ExportDefinition<S, R> {
  return definition;
}

/**
 * Batches by keyset: `fetch(after, limit)` returns the rows after the key of the previous
 * batch's last row, in a fixed order; the walk ends with a short batch.
 */
export function keyset<R, K>(
  fetch: (after: K | null, limit: number) => Promise<R[]>,
  keyOf: (row: R) => K,
): (size: number) => AsyncIterable<R[]> {
  return async function* batches(size: number) {
    let after: K | null = null;
    for (;;) {
      const rows = await fetch(after, size);
      if (rows.length > 0) yield rows;
      if (rows.length < size) return;
      after = keyOf(rows[rows.length - 1]!);
    }
  };
}

export function exportLabels(locale: Locale, today: string): ExportLabels {
  const yes = t(locale, 'exports.yes');
  const no = t(locale, 'exports.no');
  const cache = new Map<string, string>();
  return {
    locale,
    today,
    t: (key, values) => t(locale, key, values),
    label(prefix, value) {
      if (value === null || value === undefined || value === '') return '';
      const key = `${prefix}.${value}`;
      let text = cache.get(key);
      if (text === undefined) {
        const found = t(locale, key);
        text = found === key ? value : found;
        cache.set(key, text);
      }
      return text;
    },
    localized: (text) => (text ? text[locale] || text.en : ''),
    yesNo: (value) => (value === null || value === undefined ? '' : value ? yes : no),
  };
}
