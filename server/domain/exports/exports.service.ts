import { Readable } from 'node:stream';
import type { z } from 'zod';
import type { ExportFormat, ExportOptions } from '../../../common/contracts/exports';
import { requirePermission } from '../access/actor';
import { audit } from '../audit/audit';
import { type Deps, type RequestContext, today } from '../context';
import type { SheetColumn } from './cells';
import { CsvWriter } from './csv';
import { type ExportDefinition, type ExportFilters, exportLabels } from './registry';
import { XlsxWriter } from './xlsx';

/** Rows per query: small enough that other requests (one PGlite connection) wait only briefly. */
export const EXPORT_BATCH = 1000;

export const CONTENT_TYPES: Record<ExportFormat | 'pdf', string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export interface Download {
  filename: string;
  contentType: string;
  body: Readable | Buffer;
  /** Rows the file holds, counted before the first one is sent. */
  totalRows?: number;
  /** A guess at the size, from the first batch: the body is streamed without a length. */
  estimatedBytes?: number;
}

/** A file name from a translated title: no characters a file system refuses; the day appended. */
export function downloadName(title: string, day: string, extension: string): string {
  const safe = title
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters have no place in a file name
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${safe || 'export'} ${day}.${extension}`;
}

/**
 * Starts a download of a list: counts its rows, writes the audit row (before anything leaves),
 * reads and writes the first batch (so a failing query answers as an error, not a broken file,
 * and the size can be estimated), and hands back a stream that reads the remaining batches
 * only as fast as the client takes them. Nothing but one batch is held in memory.
 */
export async function startExport<S extends z.ZodType, R>(
  deps: Deps,
  ctx: RequestContext,
  definition: ExportDefinition<S, R>,
  query: z.infer<S>,
): Promise<Download> {
  requirePermission(ctx, definition.access);
  const { format, lang: _lang, timeZone, ...filters } = query as ExportOptions & Record<string, unknown>;
  const day = today(deps.clock);
  const labels = exportLabels(ctx.locale, day);
  const source = definition.rows(deps, ctx, filters as ExportFilters<S>);
  const total = await source.count();
  await audit(deps.db, ctx, {
    action: 'list.exported',
    entityType: 'export',
    entityId: null,
    changes: { list: definition.name, format, filters, rows: total },
  });

  const columns: SheetColumn[] = definition.columns.map((c) => ({
    heading: labels.t(c.heading),
    type: c.type ?? 'text',
    width: c.width,
  }));
  const title = labels.t(definition.title);
  const zone = timeZone ?? 'UTC';
  const writer =
    format === 'csv'
      ? new CsvWriter(columns, zone)
      : new XlsxWriter(columns, { title, timeZone: zone, modified: deps.clock.now() });
  const cells = (rows: R[]) => rows.map((row) => definition.columns.map((c) => c.value(row, labels)));

  const iterator = source.batches(EXPORT_BATCH)[Symbol.asyncIterator]();
  let first: IteratorResult<R[]>;
  try {
    first = await iterator.next();
  } catch (error) {
    await iterator.return?.();
    throw error;
  }
  const start = writer.start();
  const firstRows = first.done ? [] : first.value;
  const firstBytes = writer.rows(cells(firstRows));
  const perRow = firstRows.length ? firstBytes.length / firstRows.length : 0;
  const estimatedBytes = Math.round(start.length + perRow * total + (format === 'xlsx' ? 1500 : 0));

  async function* body(): AsyncGenerator<Buffer> {
    try {
      yield start;
      if (firstBytes.length) yield firstBytes;
      if (!first.done) {
        for (;;) {
          const next = await iterator.next();
          if (next.done) break;
          yield writer.rows(cells(next.value));
        }
      }
      yield writer.finish();
    } finally {
      // The client went away: stop reading batches.
      await iterator.return?.();
    }
  }

  return {
    filename: downloadName(title, day, format),
    contentType: CONTENT_TYPES[format],
    body: Readable.from(body(), { objectMode: false }),
    totalRows: total,
    estimatedBytes,
  };
}
