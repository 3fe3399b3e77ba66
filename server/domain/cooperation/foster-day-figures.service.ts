import type { z } from 'zod';
import type {
  AmbassadorFigures,
  ambassadorComparisonSchema,
  FosterDayResults,
  fosterDayComparisonSchema,
} from '../../../common/contracts/foster-day';
import {
  ambassadorFiguresOfYear,
  type FiguresRow,
  fosterDayResultsOfYear,
} from '../../db/repositories/foster-day-figures.repository';
import type { Deps, RequestContext } from '../context';
import { requireCooperation } from './membership';

/** The hub's side-by-side views of what the countries pushed: the latest figures of each. */

const issued = (row: FiguresRow) => new Date(row.issuedAt).toISOString();

export async function fosterDayComparison(
  deps: Deps,
  ctx: RequestContext,
  year: number,
): Promise<z.infer<typeof fosterDayComparisonSchema>> {
  await requireCooperation(deps, ctx);
  const rows = await fosterDayResultsOfYear(deps.db, year);
  return {
    year,
    results: rows.map((r) => ({
      country: r.country,
      names: r.names,
      issuedAt: issued(r),
      payload: r.payload as FosterDayResults,
    })),
  };
}

export async function ambassadorComparison(
  deps: Deps,
  ctx: RequestContext,
  year: number,
): Promise<z.infer<typeof ambassadorComparisonSchema>> {
  await requireCooperation(deps, ctx);
  const rows = await ambassadorFiguresOfYear(deps.db, year);
  return {
    year,
    figures: rows.map((r) => ({
      country: r.country,
      names: r.names,
      issuedAt: issued(r),
      payload: r.payload as AmbassadorFigures,
    })),
  };
}
