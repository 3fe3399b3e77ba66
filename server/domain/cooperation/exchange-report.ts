import type { Exchange } from '../../../common/contracts/exchanges';
import { type ExchangeReport, PRACTICE_TOPICS } from '../../../common/contracts/exchanges';
import { formatNumber } from '../../../common/i18n/format';
import { listExchanges, memberCountryNames } from '../../db/repositories/exchanges.repository';
import type { Deps, RequestContext } from '../context';
import { today } from '../context';
import type { Download } from '../exports/exports.service';
import { exportLabels } from '../exports/registry';
import { reportPdf } from '../exports/reports.service';
import { requireCooperation } from './membership';

/**
 * The yearly exchange report: who learned what from whom. One row per pair of countries, the
 * sharing country first (whose practice was learned: the host of a study visit, the trainer) and
 * the learning country second; the average evaluation is weighted by
 * how many participants answered, so an exchange of 40 counts more than one of 4.
 */
export function summariseExchanges(
  year: number,
  list: readonly Exchange[],
): Omit<ExchangeReport, 'countries'> {
  const pairs = new Map<string, ExchangeReport['pairs'][number] & { scoreSum: number }>();
  for (const e of list) {
    const key = `${e.fromCountry}>${e.toCountry}`;
    const pair = pairs.get(key) ?? {
      fromCountry: e.fromCountry,
      toCountry: e.toCountry,
      exchanges: 0,
      done: 0,
      participants: 0,
      topics: [],
      averageScore: null,
      answered: 0,
      scoreSum: 0,
    };
    pair.exchanges++;
    if (e.status === 'done') pair.done++;
    pair.participants += e.participants;
    pair.topics = PRACTICE_TOPICS.filter((t) => pair.topics.includes(t) || e.topics.includes(t));
    if (e.evaluationScore !== null && e.evaluationAnswered) {
      pair.answered += e.evaluationAnswered;
      pair.scoreSum += e.evaluationScore * e.evaluationAnswered;
    }
    pairs.set(key, pair);
  }
  const rows = [...pairs.values()].sort(
    (a, b) => a.fromCountry.localeCompare(b.fromCountry) || a.toCountry.localeCompare(b.toCountry),
  );
  const average = (sum: number, n: number) => (n ? Math.round((sum / n) * 100) / 100 : null);
  const answered = rows.reduce((n, p) => n + p.answered, 0);
  return {
    year,
    pairs: rows.map(({ scoreSum, ...p }) => ({ ...p, averageScore: average(scoreSum, p.answered) })),
    totals: {
      exchanges: rows.reduce((n, p) => n + p.exchanges, 0),
      participants: rows.reduce((n, p) => n + p.participants, 0),
      averageScore: average(
        rows.reduce((n, p) => n + p.scoreSum, 0),
        answered,
      ),
    },
  };
}

export async function exchangeReport(deps: Deps, ctx: RequestContext, year: number): Promise<ExchangeReport> {
  await requireCooperation(deps, ctx);
  const [list, countries] = await Promise.all([listExchanges(deps.db, year), memberCountryNames(deps.db)]);
  return {
    ...summariseExchanges(year, list),
    countries: countries.map(({ code, names }) => ({ code, names })),
  };
}

/** The report as a PDF in the chosen language: a bar chart of exchanges per pair and the table. */
export async function exchangeReportPdf(
  deps: Deps,
  ctx: RequestContext,
  query: { year: number },
): Promise<Download> {
  // The request's language is already the one asked for with `lang` (plugins/auth.ts).
  const locale = ctx.locale;
  return reportPdf(deps, ctx, {
    name: 'cooperation-exchanges',
    access: 'cooperation.read',
    filters: { year: query.year },
    async build() {
      const data = await exchangeReport(deps, ctx, query.year);
      const l = exportLabels(locale, today(deps.clock));
      const names = new Map(data.countries.map((c) => [c.code, c.names[locale]]));
      const pair = (p: ExchangeReport['pairs'][number]) =>
        l.t('exchanges.report.pair', {
          from: names.get(p.fromCountry) ?? p.fromCountry,
          to: names.get(p.toCountry) ?? p.toCountry,
        });
      const score = (n: number | null) =>
        n === null ? '—' : formatNumber(locale, n, { maximumFractionDigits: 2 });
      return {
        title: l.t('exchanges.report.title', { year: query.year }),
        subtitle: l.t('exchanges.report.subtitle', {
          exchanges: data.totals.exchanges,
          participants: data.totals.participants,
        }),
        sections: [
          {
            heading: l.t('exchanges.report.byPair'),
            chart: data.pairs.length
              ? {
                  kind: 'bar',
                  title: l.t('exchanges.report.chart'),
                  categories: data.pairs.map(pair),
                  series: [
                    { label: l.t('exchanges.report.exchanges'), values: data.pairs.map((p) => p.exchanges) },
                  ],
                }
              : undefined,
            text: data.pairs.length ? undefined : l.t('exchanges.report.none'),
            table: {
              columns: [
                { heading: l.t('exchanges.report.pairHeading') },
                { heading: l.t('exchanges.report.exchanges'), kind: 'number' },
                { heading: l.t('exchanges.report.participants'), kind: 'number' },
                { heading: l.t('exchanges.report.topics') },
                { heading: l.t('exchanges.report.averageScore') },
              ],
              rows: data.pairs.map((p) => [
                pair(p),
                p.exchanges,
                p.participants,
                p.topics.map((t) => l.t(`exchanges.topic.${t}`)).join(', '),
                score(p.averageScore),
              ]),
            },
            note: l.t('exchanges.report.note', { average: score(data.totals.averageScore) }),
          },
        ],
      };
    },
  });
}
