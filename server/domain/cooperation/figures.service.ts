import {
  COMPARED_FIGURES,
  type CountryFigures,
  type FiguresQuery,
} from '../../../common/contracts/cooperation-figures';
import { exchangeDocumentSchema } from '../../../common/contracts/indicator-exchange';
import {
  comparedCountries,
  latestIndicatorDocuments,
} from '../../db/repositories/cooperation-figures.repository';
import { type Deps, type RequestContext, today } from '../context';
import { ruleViolation } from '../errors';
import { FIGURE_RULES, figureCell } from './figures';
import { requireCooperation } from './membership';

/** Five years up to this one unless asked otherwise. */
const DEFAULT_YEARS = 5;
/** At most this many years at once: a chart of countries × years stays readable. */
const MAX_YEARS = 20;

/**
 * The member countries side by side (issue 17 item 6): each figure for each country and year,
 * from that country's latest indicator document of the year. Reading is not a change, so it is
 * not audited, as the dashboard is not.
 */
export async function countryFigures(
  deps: Deps,
  ctx: RequestContext,
  q: FiguresQuery,
): Promise<CountryFigures> {
  await requireCooperation(deps, ctx, 'cooperation.read');
  const { from, to } = yearsOf(q, Number(today(deps.clock).slice(0, 4)));
  const countries = await comparedCountries(deps.db, from, to);
  const documents = await latestIndicatorDocuments(deps.db, from, to);
  const read = documents.flatMap((d) => {
    // Every document was checked against this schema on arrival; one that no longer parses
    // (a future version) is left out rather than half read.
    const parsed = exchangeDocumentSchema.safeParse(d.payload);
    if (!parsed.success) return [];
    const source = { documentId: d.documentId, issuedAt: d.issuedAt, period: parsed.data.period };
    return [{ at: { country: d.country, year: d.year, source }, doc: parsed.data }];
  });
  return {
    from,
    to,
    countries: countries.map((c) => ({
      ...c,
      years: read.filter((r) => r.at.country === c.code).map((r) => r.at.year),
    })),
    figures: COMPARED_FIGURES.map((id) => ({
      id,
      unit: FIGURE_RULES[id].unit,
      definition: `cooperation.figures.definition.${id}`,
      cells: read.map((r) => figureCell(id, r.at, r.doc)),
    })),
  };
}

function yearsOf(q: FiguresQuery, thisYear: number) {
  const to = q.to ?? (q.from !== undefined ? Math.max(q.from, thisYear) : thisYear);
  const from = q.from ?? to - (DEFAULT_YEARS - 1);
  if (from > to) throw ruleViolation('period_reversed');
  if (to - from + 1 > MAX_YEARS) throw ruleViolation('cooperation_too_many_years', { max: MAX_YEARS });
  return { from, to };
}
