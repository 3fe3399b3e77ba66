import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type {
  Report,
  ReportBarChart,
  ReportCell,
  ReportColumn,
  ReportSection,
  ReportTable,
} from '../../../common/contracts/exports';
import { formatDate, formatNumber } from '../../../common/i18n/format';
import type { Locale } from '../../../common/i18n/locales';
import { t } from '../../i18n/translate';
import { columnFloors, fitWidths, keepTogether } from './pdf-layout';

/**
 * Reports as printable PDF (A4) in the report's language: title, sections with text, bar
 * charts drawn as vector shapes, tables that continue on the next page with their heading row,
 * and a footer with the date and page numbers. The text is set in DejaVu Sans (embedded, only
 * the letters used), which has every letter of Azerbaijani (ə, ğ, ı, İ, ş), Turkish and Russian.
 */
const require = createRequire(import.meta.url);
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const MARGIN = 50;
const INK = '#212529';
const MUTED = '#5c636a';
const RULE = '#ced4da';
const HEAD_FILL = '#e9ecef';
const STRIPE = '#f8f9fa';
const PALETTE = ['#0b7285', '#d9480f', '#5f3dc4', '#5c940d', '#c2255c', '#495057'];

type Doc = PDFKit.PDFDocument;

function cellText(value: ReportCell, column: ReportColumn, locale: Locale): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') {
    if (column.kind === 'percent')
      return formatNumber(locale, value, { style: 'percent', maximumFractionDigits: 1 });
    return formatNumber(locale, value, { maximumFractionDigits: 2 });
  }
  return keepTogether(value);
}

/** Room left on the page below the cursor. */
const room = (doc: Doc) => doc.page.height - doc.page.margins.bottom - doc.y;

/** Starts a new page unless `height` fits below the cursor (or the cursor is already at a page's top). */
function ensureRoom(doc: Doc, height: number) {
  if (room(doc) < height && doc.y > doc.page.margins.top) doc.addPage();
}

/** A table's column widths and row heights, worked out before anything is drawn. */
function layoutTable(doc: Doc, table: ReportTable, locale: Locale) {
  const width = doc.page.width - 2 * MARGIN;
  const texts = table.rows.map((row) => table.columns.map((c, i) => cellText(row[i] ?? null, c, locale)));
  // Column widths from the longest text of each column (heading included), within bounds.
  doc.font('Sans').fontSize(9);
  const wants = table.columns.map((c, i) => {
    const longest = Math.max(
      doc.font('Sans-Bold').widthOfString(c.heading),
      ...texts.slice(0, 200).map((r) => doc.font('Sans').widthOfString(r[i]!)),
    );
    return Math.min(Math.max(longest + 12, 40), width * 0.6);
  });
  const pad = 4;
  // Lines wrap between words, never inside one ("Обращени-я", "Девочк-и"): no column is narrower
  // than its longest word, the room for that taken from the columns that have more.
  const widthOf = (text: string, bold: boolean) => doc.font(bold ? 'Sans-Bold' : 'Sans').widthOfString(text);
  const sample = texts.slice(0, 200);
  const floors = columnFloors(
    table.columns.map((_, i) => sample.map((r) => r[i]!)),
    widthOf,
    table.columns.map((c) => c.heading),
    2 * pad + 1,
  );
  const widths = fitWidths(wants, floors, width);

  const rowHeight = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Sans-Bold' : 'Sans').fontSize(9);
    return (
      Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: widths[i]! - 2 * pad }))) + 2 * pad
    );
  };
  const headings = table.columns.map((c) => c.heading);
  /** The heading row with its first rows: what must not be split from each other. */
  const startHeight =
    rowHeight(headings, true) + texts.slice(0, 3).reduce((sum, cells) => sum + rowHeight(cells, false), 0);
  return { width, texts, widths, pad, headings, rowHeight, startHeight };
}

function drawTable(doc: Doc, table: ReportTable, locale: Locale) {
  const { width, texts, widths, pad, headings, rowHeight, startHeight } = layoutTable(doc, table, locale);
  const drawRow = (cells: string[], bold: boolean, fill: string | null) => {
    const height = rowHeight(cells, bold);
    const y = doc.y;
    if (fill) doc.rect(MARGIN, y, width, height).fill(fill);
    doc
      .fillColor(INK)
      .font(bold ? 'Sans-Bold' : 'Sans')
      .fontSize(9);
    let x = MARGIN;
    cells.forEach((text, i) => {
      const numeric = table.columns[i]!.kind === 'number' || table.columns[i]!.kind === 'percent';
      doc.text(text, x + pad, y + pad, { width: widths[i]! - 2 * pad, align: numeric ? 'right' : 'left' });
      x += widths[i]!;
    });
    doc
      .moveTo(MARGIN, y + height)
      .lineTo(MARGIN + width, y + height)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.x = MARGIN;
    doc.y = y + height;
  };
  // The heading row never stands alone at the foot of a page: it keeps its first rows with it.
  ensureRoom(doc, startHeight);
  drawRow(headings, true, HEAD_FILL);
  texts.forEach((cells, r) => {
    if (room(doc) < rowHeight(cells, false)) {
      doc.addPage();
      drawRow(headings, true, HEAD_FILL);
    }
    drawRow(cells, false, r % 2 ? STRIPE : null);
  });
  doc.moveDown(0.8);
}

/** A bar chart's parts' heights; a chart up to `startHeight` tall is kept on one page. */
function layoutBarChart(chart: ReportBarChart) {
  const barHeight = chart.series.length > 1 ? 9 : 14;
  const groupGap = 8;
  const groupHeight = chart.series.length * barHeight + groupGap;
  const legendHeight = chart.series.length > 1 ? 18 : 0;
  const titleHeight = chart.title ? 18 : 0;
  const height = titleHeight + legendHeight + chart.categories.length * groupHeight + 6;
  return { barHeight, groupHeight, legendHeight, titleHeight, startHeight: Math.min(height, 500) };
}

function drawBarChart(doc: Doc, chart: ReportBarChart, locale: Locale) {
  const width = doc.page.width - 2 * MARGIN;
  const series = chart.series;
  const { barHeight, groupHeight, legendHeight, titleHeight, startHeight } = layoutBarChart(chart);
  ensureRoom(doc, startHeight);
  doc.font('Sans').fontSize(9);
  const labelWidth = Math.min(
    width * 0.35,
    Math.max(60, ...chart.categories.map((c) => doc.widthOfString(c) + 10)),
  );
  const max = Math.max(1, ...series.flatMap((s) => s.values.filter((v) => Number.isFinite(v))));
  const valueRoom = doc.widthOfString(formatNumber(locale, max)) + 10;
  const plot = width - labelWidth - valueRoom;
  const top = doc.y;
  let y = top;
  if (chart.title) {
    doc.font('Sans-Bold').fontSize(10).fillColor(INK).text(chart.title, MARGIN, y, { width });
    y += titleHeight;
  }
  if (series.length > 1) {
    let x = MARGIN + labelWidth;
    doc.font('Sans').fontSize(8);
    series.forEach((s, i) => {
      doc.rect(x, y + 2, 8, 8).fill(s.color ?? PALETTE[i % PALETTE.length]!);
      doc.fillColor(INK).text(s.label, x + 12, y + 1, { lineBreak: false });
      x += 12 + doc.widthOfString(s.label) + 14;
    });
    y += legendHeight;
  }
  // The axis at zero, and a light grid at quarters of the largest value.
  for (let q = 0; q <= 4; q++) {
    const gx = MARGIN + labelWidth + (plot * q) / 4;
    doc
      .moveTo(gx, y)
      .lineTo(gx, y + chart.categories.length * groupHeight)
      .lineWidth(q === 0 ? 0.8 : 0.3)
      .strokeColor(q === 0 ? MUTED : RULE)
      .stroke();
  }
  chart.categories.forEach((category, c) => {
    if (room(doc) < groupHeight && y + groupHeight > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      y = doc.y;
    }
    doc
      .font('Sans')
      .fontSize(9)
      .fillColor(INK)
      .text(category, MARGIN, y + (series.length * barHeight) / 2 - 5, {
        width: labelWidth - 8,
        align: 'right',
        lineBreak: false,
        ellipsis: true,
      });
    series.forEach((s, i) => {
      const value = s.values[c] ?? 0;
      const barY = y + i * barHeight;
      const w = Math.max(value > 0 ? 1.5 : 0, (plot * value) / max);
      if (w > 0)
        doc
          .rect(MARGIN + labelWidth, barY + 1, w, barHeight - 2)
          .fill(s.color ?? PALETTE[i % PALETTE.length]!);
      doc
        .font('Sans')
        .fontSize(series.length > 1 ? 7 : 9)
        .fillColor(INK)
        .text(formatNumber(locale, value), MARGIN + labelWidth + w + 4, barY + (series.length > 1 ? 1 : 2), {
          lineBreak: false,
        });
    });
    y += groupHeight;
  });
  doc.x = MARGIN;
  doc.y = y + 6;
  doc.moveDown(0.5);
}

/** A section heading's height with the space under it. */
function headingHeight(doc: Doc, heading: string): number {
  doc.font('Sans-Bold').fontSize(13);
  return (
    doc.heightOfString(heading, { width: doc.page.width - 2 * MARGIN }) + 0.4 * doc.currentLineHeight(true)
  );
}

/**
 * The height of what a section starts with, which its heading stays with: the first three lines
 * of its text, else its chart (as much of it as is kept on one page), else its table's heading
 * row and first rows, else the line saying the table is empty, else its note.
 */
function sectionStartHeight(doc: Doc, section: ReportSection, locale: Locale): number {
  const width = doc.page.width - 2 * MARGIN;
  if (section.text) {
    doc.font('Sans').fontSize(10);
    return Math.min(doc.heightOfString(section.text, { width }), 3 * doc.currentLineHeight(true));
  }
  if (section.chart) return layoutBarChart(section.chart).startHeight;
  if (section.table?.rows.length) return layoutTable(doc, section.table, locale).startHeight;
  if (section.table) {
    doc.font('Sans').fontSize(10);
    return doc.heightOfString(t(locale, 'exports.pdf.empty'), { width });
  }
  if (section.note) {
    doc.font('Sans').fontSize(9);
    return doc.heightOfString(section.note, { width });
  }
  return 0;
}

/**
 * The report as a PDF. `locale` sets the numbers' and dates' format and the footer's words;
 * the report's own texts come translated. `printedOn` is the day in the footer ('YYYY-MM-DD').
 */
export function renderReportPdf(
  report: Report,
  locale: Locale,
  options: { printedOn?: string; compress?: boolean } = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 10, left: MARGIN, right: MARGIN },
    bufferPages: true,
    compress: options.compress ?? true,
    lang: locale,
    displayTitle: true,
    info: { Title: report.title, Subject: report.subtitle ?? '', Creator: 'Yuva', Producer: 'Yuva' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('Sans', FONT);
  doc.registerFont('Sans-Bold', FONT_BOLD);
  const width = doc.page.width - 2 * MARGIN;

  doc.font('Sans-Bold').fontSize(18).fillColor(INK).text(report.title, { width });
  if (report.subtitle)
    doc.moveDown(0.2).font('Sans').fontSize(11).fillColor(MUTED).text(report.subtitle, { width });
  doc.moveDown(1);

  for (const section of report.sections) {
    // A heading never ends a page: it goes to the next one unless what follows it starts below it.
    ensureRoom(doc, headingHeight(doc, section.heading) + sectionStartHeight(doc, section, locale));
    doc.font('Sans-Bold').fontSize(13).fillColor(INK).text(section.heading, MARGIN, doc.y, { width });
    doc.moveDown(0.4);
    if (section.text)
      doc.font('Sans').fontSize(10).fillColor(INK).text(section.text, { width }).moveDown(0.6);
    if (section.chart) drawBarChart(doc, section.chart, locale);
    if (section.table) {
      if (section.table.rows.length) drawTable(doc, section.table, locale);
      else
        doc
          .font('Sans')
          .fontSize(10)
          .fillColor(MUTED)
          .text(t(locale, 'exports.pdf.empty'), { width })
          .moveDown(0.6);
    }
    if (section.note)
      doc.font('Sans').fontSize(9).fillColor(MUTED).text(section.note, MARGIN, doc.y, { width });
    doc.moveDown(1);
  }

  // Footers, now that the number of pages is known.
  const printed = t(locale, 'exports.pdf.printed', {
    date: formatDate(locale, options.printedOn ?? new Date().toISOString().slice(0, 10)),
  });
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - MARGIN + 5;
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the margin must not start a new page
    doc.font('Sans').fontSize(8).fillColor(MUTED);
    doc.text(`Yuva · ${printed}`, MARGIN, y, { width: width / 2, lineBreak: false });
    doc.text(t(locale, 'exports.pdf.page', { page: i + 1, pages: range.count }), MARGIN + width / 2, y, {
      width: width / 2,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
