import type {
  ComparedFigureAnswer,
  CountryFigures,
  FigureCell,
} from '../../../common/contracts/cooperation-figures';

/**
 * What the page writes for each cell, kept apart from the components so it can be checked
 * without a browser. A withheld figure is written as withheld and drawn as nothing, never as 0.
 */

export interface Words {
  number(n: number): string;
  withheld: string;
  missing(why: NonNullable<FigureCell['missing']>): string;
  noDocument: string;
}

export function cellText(cell: FigureCell | undefined, unit: ComparedFigureAnswer['unit'], w: Words): string {
  if (!cell) return w.noDocument;
  if (cell.status === 'withheld') return w.withheld;
  if (cell.status === 'missing' || cell.value === null) return w.missing(cell.missing ?? 'not_in_document');
  return unit === 'share' ? `${w.number(cell.value)} %` : w.number(cell.value);
}

/** The years any country has a document for, in order: the bars of every country line up on them. */
export function yearsWithDocuments(data: CountryFigures): number[] {
  return [...new Set(data.countries.flatMap((c) => c.years))].sort((a, b) => a - b);
}

export function cellOf(figure: ComparedFigureAnswer, country: string, year: number) {
  return figure.cells.find((c) => c.country === country && c.year === year);
}

/** A chart's groups: each country with a document, one bar per year; no bar for a value not shown. */
export function chartGroups(
  data: CountryFigures,
  figure: ComparedFigureAnswer,
  countryName: (code: string) => string,
  w: Words,
) {
  const years = yearsWithDocuments(data);
  return data.countries
    .filter((c) => c.years.length > 0)
    .map((c) => ({
      key: c.code,
      label: countryName(c.code),
      bars: years.map((year) => {
        const cell = cellOf(figure, c.code, year);
        return {
          series: String(year),
          value: cell?.status === 'shown' ? cell.value : null,
          text: cellText(cell, figure.unit, w),
        };
      }),
    }));
}
