import { z } from 'zod';
import { auditQuerySchema } from './audit';
import { caseListQuerySchema } from './cases';
import { localeSchema } from './common';
import { familyListQuerySchema } from './foster';
import { funnelQuerySchema, INQUIRY_SOURCES } from './recruitment';

/** The formats a list can be downloaded in. */
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An IANA time zone the server knows (e.g. Asia/Baku), for the times of day in an export. */
export const timeZoneSchema = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  });

/** What every export takes besides the list's own filters. */
const exportOptions = {
  format: z.enum(EXPORT_FORMATS),
  /** The column headings' language (else the user's). */
  lang: localeSchema.optional(),
  /** Times of day are written in this zone (the browser's); dates are calendar dates and never shift. */
  timeZone: timeZoneSchema.optional(),
};
export const exportOptionsSchema = z.object(exportOptions);
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

const withoutPaging = { page: true, pageSize: true } as const;

/** Children and young people: the filters of the list `GET /api/cases`. */
export const caseExportQuerySchema = caseListQuerySchema.omit(withoutPaging).extend(exportOptions);
/** Foster families: the filters of `GET /api/foster/families`. */
export const familyExportQuerySchema = familyListQuerySchema.omit(withoutPaging).extend(exportOptions);
/** Recruitment inquiries. */
export const inquiryExportQuerySchema = z.object({
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  status: z.enum(['open', 'applied', 'dropped']).optional(),
  source: z.enum(INQUIRY_SOURCES).optional(),
  ...exportOptions,
});
/** The audit log: the filters of `GET /api/audit-events`. */
export const auditExportQuerySchema = auditQuerySchema.omit(withoutPaging).extend(exportOptions);
/** Users. */
export const userExportQuerySchema = z.object({
  status: z.enum(['active', 'disabled']).optional(),
  ...exportOptions,
});
/**
 * Children for researchers: the children list's filters (not the worker), rows without names,
 * identity numbers, addresses or phone numbers, each child under a stable pseudonym.
 */
export const researchExportQuerySchema = caseListQuerySchema
  .omit({ ...withoutPaging, workerId: true })
  .extend(exportOptions);

/** The foster-family funnel as a printable report. */
export const funnelPdfQuerySchema = funnelQuerySchema.extend({ lang: localeSchema.optional() });

/** Response headers of a download, for the progress bar. */
export const EXPORT_HEADERS = {
  /** Rows the file will hold (counted before the first row is sent). */
  totalRows: 'x-total-rows',
  /** An estimate of the file's size in bytes, from the first rows (the body is streamed without a length). */
  estimatedBytes: 'x-estimated-bytes',
} as const;

/**
 * A report in a neutral shape, already translated by whoever builds it (the funnel, the
 * dashboards, the annual and ministry reports), for the PDF writer (`renderReportPdf`): a
 * title, and sections each with a heading, optional text, a bar chart, a table and a note.
 */
export type ReportCell = string | number | null;
export interface ReportColumn {
  heading: string;
  /** number: right-aligned and written in the report's language; percent: a share 0–1. */
  kind?: 'text' | 'number' | 'percent';
}
export interface ReportTable {
  columns: ReportColumn[];
  rows: ReportCell[][];
}
export interface ReportBarSeries {
  label: string;
  values: number[];
  /** A CSS hex colour; a palette is used when absent. */
  color?: string;
}
export interface ReportBarChart {
  kind: 'bar';
  /** One group of bars per category (drawn horizontally, one bar per series). */
  categories: string[];
  series: ReportBarSeries[];
  /** Read aloud by screen readers and shown above the chart. */
  title?: string;
}
export interface ReportSection {
  heading: string;
  text?: string;
  chart?: ReportBarChart;
  table?: ReportTable;
  note?: string;
}
export interface Report {
  title: string;
  subtitle?: string;
  sections: ReportSection[];
}
