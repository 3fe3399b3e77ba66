/**
 * Demo data: the number of children (under 18) living in each demo location, so the core
 * formal-care indicators can be given per 100,000 children. Loaded with the demo data on first
 * start (`seedChildPopulation`), never into a real installation: there an administrator enters
 * the official figure for each region (`PUT /api/indicators/child-population`).
 *
 * The figures are published estimates of the State Statistical Committee of the Republic of
 * Azerbaijan (population by age and by economic region / city, as at 1 January 2024: Baku city;
 * Ganja city; Sumgait city, in the Absheron-Khizi economic region), aged 0–17, rounded to the
 * nearest hundred. They were written from the committee's published tables as recalled when the
 * demo data was made, not copied from a downloaded file: check them against stat.gov.az before
 * quoting a rate outside the demo. The same figure stands for every year from 2024 to the
 * demo's current year (the dashboard asks for the population of the year it is as at); each
 * row's `source` says so.
 */
export interface PopulationSeed {
  /** The location's code (`organisation.data.ts`). */
  location: string;
  /** Children aged 0–17. */
  children: number;
}

export const POPULATION_SOURCE = 'State Statistical Committee of Azerbaijan, population aged 0–17';
/** The year the estimate is for (as at 1 January). */
export const POPULATION_YEAR = 2024;

export const CHILD_POPULATION: PopulationSeed[] = [
  { location: 'baku', children: 573_300 },
  { location: 'ganja', children: 87_400 },
  { location: 'sumgait', children: 95_000 },
];

/** The `source` note stored with a row: what the figure is, whose and for which year. */
export function populationSource(year: number): string {
  const base = `published estimate, ${POPULATION_SOURCE}, ${POPULATION_YEAR}`;
  return year === POPULATION_YEAR ? `${base} (demo data)` : `${base}, carried forward to ${year} (demo data)`;
}
