import type {
  ComparedFigure,
  ComparedFigureAnswer,
  FigureCell,
  FigureSource,
} from '../../../common/contracts/cooperation-figures';
import type { ExchangeDocument } from '../../../common/contracts/indicator-exchange';
import { percent } from '../indicators/suppression';

/**
 * How each compared figure is read from a country's indicator document (docs/indicators.md,
 * "Compared between countries"). Pure: the document in, the cell out. The hub reads only the
 * counts the country published (already protected, decision 0019): a figure resting on a
 * withheld count is withheld, never 0 and never worked out from other cells (rows left out under
 * 5 would make any sum of rows too small, and a total minus its parts could give a cell away).
 */

type Cell = Pick<FigureCell, 'status' | 'missing' | 'value' | 'numerator' | 'denominator'>;

interface FigureRule {
  unit: ComparedFigureAnswer['unit'];
  read: (doc: ExchangeDocument) => Cell;
}

/** A headline figure of an indicator: undefined when the document has no such figure at all. */
function summaryOf(doc: ExchangeDocument, indicator: string, key: string): number | null | undefined {
  const found = doc.indicators.find((i) => i.id === indicator);
  if (!found || !(key in found.summary)) return undefined;
  return found.summary[key] ?? null;
}

const missing = (why: 'not_in_document' | 'no_population'): Cell => ({
  status: 'missing',
  missing: why,
  value: null,
  numerator: null,
  denominator: null,
});
const withheld: Cell = { status: 'withheld', missing: null, value: null, numerator: null, denominator: null };

/** Per 100,000 children, one decimal, as the dashboard works it out (dashboard.service.ts per100k). */
export function per100k(count: number, children: number): number {
  return Math.round((count * 100_000 * 10) / children) / 10;
}

/** A count of children in care per 100,000 children living in the country in the year of `asAt`. */
function rate(indicator: string, key: string): FigureRule {
  return {
    unit: 'per100k',
    read: (doc) => {
      const count = summaryOf(doc, indicator, key);
      const population = summaryOf(doc, 'core_indicators', 'population');
      if (count === undefined || population === undefined) return missing('not_in_document');
      if (count === null) return withheld;
      if (!population) return missing('no_population');
      return {
        status: 'shown',
        missing: null,
        value: per100k(count, population),
        numerator: count,
        denominator: population,
      };
    },
  };
}

/** A share in percent of two published counts, each protected from its own true count. */
function share(part: [string, string], whole: [string, string]): FigureRule {
  return {
    unit: 'share',
    read: (doc) => {
      const n = summaryOf(doc, ...part);
      const d = summaryOf(doc, ...whole);
      if (n === undefined || d === undefined) return missing('not_in_document');
      if (n === null || d === null) return withheld;
      return { status: 'shown', missing: null, value: percent(n, d), numerator: n, denominator: d };
    },
  };
}

/** A published count of children (or of stays) as it is. */
function count(indicator: string, key: string): FigureRule {
  return {
    unit: 'count',
    read: (doc) => {
      const n = summaryOf(doc, indicator, key);
      if (n === undefined) return missing('not_in_document');
      if (n === null) return withheld;
      return { status: 'shown', missing: null, value: n, numerator: n, denominator: null };
    },
  };
}

export const FIGURE_RULES: Record<ComparedFigure, FigureRule> = {
  // Children under 18 in formal care on the as-at date (children_in_care.total, the same count the
  // dashboard's in_care_per_100k row rests on) per 100,000 children.
  in_care_per_100k: rate('children_in_care', 'total'),
  // Children under 18 in kinship or foster care on the as-at date; SOS families are family-like.
  family_based_per_100k: rate('core_indicators', 'familyBased'),
  // Children in foster families of those in family-based care; documents before December 2026
  // do not publish the foster count on its own, so theirs is missing.
  foster_share_of_family_based: share(['core_indicators', 'foster'], ['core_indicators', 'familyBased']),
  // Children whose approved gatekeeping decision in the period was support for the family instead of
  // care (gatekeeping_on_entry.prevented); documents before December 2026 lack it, so theirs is missing.
  entries_prevented: count('gatekeeping_on_entry', 'prevented'),
  // Stays in care that ended with the child going home during the period.
  reunifications: count('exits_by_month', 'reunified'),
};

/** The figure's cell for a country's document of a year. */
export function figureCell(
  figure: ComparedFigure,
  at: { country: string; year: number; source: FigureSource },
  doc: ExchangeDocument,
): FigureCell {
  return { country: at.country, year: at.year, ...FIGURE_RULES[figure].read(doc), source: at.source };
}
