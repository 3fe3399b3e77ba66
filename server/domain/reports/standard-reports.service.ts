import type { LocalizedText } from '../../../common/contracts/common';
import type { Report, ReportSection } from '../../../common/contracts/exports';
import { FUNNEL_STAGES } from '../../../common/contracts/recruitment';
import { formatDate } from '../../../common/i18n/format';
import type { Locale } from '../../../common/i18n/locales';
import type { IndicatorFilter } from '../../db/repositories/indicator-stays';
import {
  coreCounts,
  entriesByMonth,
  exitsByMonth,
  stockBreakdown,
} from '../../db/repositories/indicators.repository';
import { funnelFacts } from '../../db/repositories/recruitment.repository';
import {
  entriesPrevented,
  fosterCareReached,
  fosterChildrenAt,
  peopleReached,
  villagesAt,
} from '../../db/repositories/reports.repository';
import { t } from '../../i18n/translate';
import { requirePermission, viewerOf } from '../access/actor';
import { audit } from '../audit/audit';
import { type Deps, type RequestContext, today } from '../context';
import { ruleViolation } from '../errors';
import { CARE_CATEGORIES } from '../indicators/dashboard.service';
import { countByReportingPlace } from './report-districts';

/** A report year: 1 January to 31 December, counted to today while the year runs. */
export function reportYear(year: number, todayIso: string) {
  const from = `${year}-01-01`;
  if (from > todayIso) throw ruleViolation('date_in_future');
  const end = `${year}-12-31`;
  return { from, to: end < todayIso ? end : todayIso };
}

/** Children's age bands; young adults (18+) are counted apart. */
const CHILD_AGE_BANDS = ['0-6', '7-13', '14-17', 'unknown'] as const;

function context(deps: Deps, ctx: RequestContext, year: number): IndicatorFilter {
  const actor = requirePermission(ctx, 'reports.read');
  const { from, to } = reportYear(year, today(deps.clock));
  return { viewer: viewerOf(actor), locationId: null, programmeId: null, asAt: to, from, to };
}

/** Sums rows by a key, in the order keys first appear. */
function sumBy<T extends { n: number }>(rows: T[], key: (r: T) => string) {
  const out = new Map<string, number>();
  for (const r of rows) out.set(key(r), (out.get(key(r)) ?? 0) + r.n);
  return [...out.entries()];
}

/**
 * The association's annual report for a year: villages and houses, children and young people
 * in care at the year's end, entries and exits, the programmes and the people they reached,
 * foster care — in the reader's language and within their scope.
 */
export async function annualReport(deps: Deps, ctx: RequestContext, year: number): Promise<Report> {
  const f = context(deps, ctx, year);
  const locale = ctx.locale;
  const scope = ctx.actor!.scope;
  const tx = (key: string, values?: Record<string, string | number>) => t(locale, key, values);
  const name = (text: LocalizedText | Record<string, string> | null) =>
    text ? (text[locale] ?? text.en ?? '') : '';
  const [villages, stock, entries, exits, programmes, foster, facts, core] = await Promise.all([
    villagesAt(deps.db, scope, f.to),
    stockBreakdown(deps.db, f),
    entriesByMonth(deps.db, f),
    exitsByMonth(deps.db, f),
    peopleReached(deps.db, scope, f.from, f.to),
    fosterCareReached(deps.db, scope, f.from, f.to),
    funnelFacts(deps.db, { country: null, from: f.from, to: f.to }),
    coreCounts(deps.db, f, CARE_CATEGORIES),
  ]);
  // Children (under 18 at the year's end) by setting; young adults (18 or older) in a row of their own.
  const bySetting = sumBy(
    stock.filter((r) => r.ageBand !== '18+'),
    (r) => r.setting,
  );
  const youngAdults = stock.filter((r) => r.ageBand === '18+').reduce((s, r) => s + r.n, 0);
  const sections: ReportSection[] = [
    {
      heading: tx('report.annual.villages'),
      table: {
        columns: [
          { heading: tx('report.col.village') },
          { heading: tx('report.col.houses'), kind: 'number' },
          { heading: tx('report.col.places'), kind: 'number' },
          { heading: tx('report.col.children'), kind: 'number' },
        ],
        rows: villages.map((v) => [name(v.name), v.houses, v.places, v.children]),
      },
    },
    {
      heading: tx('report.annual.inCare', { date: formatDate(locale, f.to) }),
      chart: {
        kind: 'bar',
        categories: bySetting.map(([s]) => tx(`cases.setting.${s}`)),
        series: [{ label: tx('report.col.children'), values: bySetting.map(([, n]) => n) }],
      },
      table: {
        columns: [
          { heading: tx('report.col.setting') },
          { heading: tx('report.col.children'), kind: 'number' },
        ],
        rows: [
          ...bySetting.map(([s, n]) => [tx(`cases.setting.${s}`), n]),
          [tx('report.annual.childrenTotal'), bySetting.reduce((s, [, n]) => s + n, 0)],
          [tx('report.annual.youngAdults'), youngAdults],
        ],
      },
    },
    {
      heading: tx('report.annual.entriesExits'),
      table: {
        columns: [
          { heading: tx('report.col.reason') },
          { heading: tx('report.col.children'), kind: 'number' },
        ],
        rows: [
          [tx('report.entries'), entries.reduce((s, r) => s + r.n, 0)],
          [tx('report.entryChildren'), core.entries],
          ...sumBy(entries, (r) => r.reason).map(([reason, n]) => [
            `  ${reason === 'unknown' ? tx('report.unknown') : tx(`cases.reason.${reason}`)}`,
            n,
          ]),
          [tx('report.exits'), exits.reduce((s, r) => s + r.n, 0)],
          ...sumBy(exits, (r) => r.reason).map(([reason, n]) => [
            `  ${reason === 'unknown' ? tx('report.unknown') : tx(`cases.endReason.${reason}`)}`,
            n,
          ]),
        ],
      },
    },
    {
      heading: tx('report.annual.programmes'),
      table: {
        columns: [
          { heading: tx('report.col.programme') },
          { heading: tx('report.col.type') },
          { heading: tx('report.col.childrenReached'), kind: 'number' },
          { heading: tx('report.col.familiesReached'), kind: 'number' },
        ],
        rows: [
          ...programmes.map((p) => [name(p.name), tx(`programmeType.${p.type}`), p.children, p.families]),
          ...(foster.children > 0
            ? [[tx('report.annual.fosterCare'), tx('cases.setting.foster'), foster.children, foster.families]]
            : []),
        ],
      },
      note: tx('report.annual.reachedNote'),
    },
    {
      heading: tx('report.annual.foster'),
      table: {
        columns: [{ heading: tx('report.col.stage') }, { heading: tx('report.col.count'), kind: 'number' }],
        rows: FUNNEL_STAGES.map((s) => [tx(`funnel.stage.${s}`), facts.filter((x) => x.stage === s).length]),
      },
    },
  ];
  await audit(deps.db, ctx, { action: 'report.annual', entityType: 'report', entityId: String(year) });
  return {
    title: tx('report.annual.title', { year }),
    subtitle: tx('report.period', { from: formatDate(locale, f.from), to: formatDate(locale, f.to) }),
    sections,
  };
}

/**
 * The ministry's report for a year: children in foster families by sex, age band and district,
 * entries to care prevented, and returns from institutions to a family.
 */
export async function ministryReport(deps: Deps, ctx: RequestContext, year: number): Promise<Report> {
  const f = context(deps, ctx, year);
  const locale: Locale = ctx.locale;
  const scope = ctx.actor!.scope;
  const tx = (key: string, values?: Record<string, string | number>) => t(locale, key, values);
  const [foster, prevented, core] = await Promise.all([
    fosterChildrenAt(deps.db, scope, f.to, locale),
    entriesPrevented(deps.db, scope, f.from, f.to),
    coreCounts(deps.db, f, CARE_CATEGORIES),
  ]);
  const sexes = ['female', 'male', 'unknown'].filter((s) => foster.some((r) => r.sex === s));
  // Children are under 18 (an unknown age counts as a child), as on the dashboard and in the
  // annual report; young adults in foster families are a column of their own, in no total.
  const fosterChildren = foster.filter((r) => r.ageBand !== '18+');
  const districts = countByReportingPlace(fosterChildren, locale, tx('report.ministry.districtUnmatched'));
  const cell = (sex: string, band: string) =>
    foster.filter((r) => r.sex === sex && r.ageBand === band).reduce((s, r) => s + r.n, 0);
  const sections: ReportSection[] = [
    {
      heading: tx('report.ministry.fosterBySexAge', { date: formatDate(locale, f.to) }),
      table: {
        columns: [
          { heading: tx('report.col.sex') },
          ...CHILD_AGE_BANDS.map((b) => ({ heading: tx(`report.ageBand.${b}`), kind: 'number' as const })),
          { heading: tx('report.annual.childrenTotal'), kind: 'number' },
          { heading: tx('report.annual.youngAdults'), kind: 'number' },
        ],
        rows: sexes.map((s) => [
          tx(`report.sex.${s}`),
          ...CHILD_AGE_BANDS.map((b) => cell(s, b)),
          fosterChildren.filter((r) => r.sex === s).reduce((sum, r) => sum + r.n, 0),
          cell(s, '18+'),
        ]),
      },
    },
    {
      heading: tx('report.ministry.fosterByDistrict'),
      note: tx('report.ministry.districtNote'),
      chart: {
        kind: 'bar',
        categories: districts.map(([d]) => d),
        series: [{ label: tx('report.col.children'), values: districts.map(([, n]) => n) }],
      },
      table: {
        columns: [
          { heading: tx('report.col.district') },
          { heading: tx('report.col.children'), kind: 'number' },
        ],
        rows: districts.map(([d, n]) => [d, n]),
      },
    },
    {
      heading: tx('report.ministry.prevented'),
      table: {
        columns: [
          { heading: tx('report.col.decision') },
          { heading: tx('report.col.children'), kind: 'number' },
        ],
        rows: [
          ...prevented.map((p) => [tx(`cases.decision.${p.decision}`), p.n]),
          [tx('report.total'), prevented.reduce((s, p) => s + p.n, 0)],
        ],
      },
      note: tx('report.ministry.preventedNote'),
    },
    {
      heading: tx('report.ministry.returns'),
      table: {
        columns: [
          { heading: tx('report.col.measure') },
          { heading: tx('report.col.children'), kind: 'number' },
        ],
        rows: [
          [tx('report.ministry.returnsRow'), core.leftResidentialForFamily],
          [tx('report.ministry.leftRow'), core.leftResidential],
        ],
      },
      note: tx('report.ministry.returnsNote'),
    },
  ];
  await audit(deps.db, ctx, { action: 'report.ministry', entityType: 'report', entityId: String(year) });
  return {
    title: tx('report.ministry.title', { year }),
    subtitle: tx('report.period', { from: formatDate(locale, f.from), to: formatDate(locale, f.to) }),
    sections,
  };
}
