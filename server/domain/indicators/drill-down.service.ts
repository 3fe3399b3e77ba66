import type { z } from 'zod';
import type { drillDownQuerySchema, populationBodySchema } from '../../../common/contracts/indicators';
import { populationRows, upsertPopulation } from '../../db/repositories/child-population.repository';
import { type DrillDown, drillDownChildren } from '../../db/repositories/indicator-children.repository';
import { locationExists } from '../../db/repositories/organisation.repository';
import { requirePermission } from '../access/actor';
import { audit } from '../audit/audit';
import { versionConflict } from '../conflict';
import type { Deps, RequestContext } from '../context';
import { AppError } from '../errors';
import { filterFor } from './dashboard.service';

/**
 * The children behind a number, for roles that may see names (never the analyst); the list
 * is counted from the same rows as the dashboard and written to the audit log.
 */
export async function childrenBehind(
  deps: Deps,
  ctx: RequestContext,
  q: z.infer<typeof drillDownQuerySchema>,
) {
  requirePermission(ctx, 'cases.read');
  const f = await filterFor(deps, ctx, q);
  const d: DrillDown =
    q.indicator === 'children_in_care'
      ? { indicator: q.indicator, setting: q.setting, sex: q.sex, ageBand: q.ageBand }
      : q.indicator === 'moves'
        ? { indicator: 'moves', moves: q.moves ?? 0 }
        : { indicator: q.indicator };
  const rows = await drillDownChildren(deps.db, f, d, q.pageSize, (q.page - 1) * q.pageSize);
  const children = rows.map(({ total: _t, ...c }) => c);
  // Past the last page no row carries the total: count it from the first row.
  const total =
    rows[0]?.total ?? (q.page > 1 ? ((await drillDownChildren(deps.db, f, d, 1))[0]?.total ?? 0) : 0);
  await audit(deps.db, ctx, {
    action: 'indicator.children_listed',
    entityType: 'indicator',
    entityId: q.indicator,
    changes: { filter: { ...q }, cases: children.map((c) => c.caseId) },
  });
  return { items: children, total, page: q.page, pageSize: q.pageSize };
}

export async function childPopulationFigures(deps: Deps, ctx: RequestContext) {
  requirePermission(ctx, 'indicators.read');
  return populationRows(deps.db);
}

/** An administrator enters the number of children living in a region for a year. */
export async function setChildPopulation(
  deps: Deps,
  ctx: RequestContext,
  body: z.infer<typeof populationBodySchema>,
) {
  const actor = requirePermission(ctx, 'indicators.population');
  await deps.db.transaction(async (tx) => {
    if (!(await locationExists(tx, body.locationId)))
      throw new AppError('unknown_scope', {}, { ids: [body.locationId] });
    const saved = await upsertPopulation(tx, { ...body, userId: actor.userId });
    if (!saved) throw await versionConflict(tx, 'child_population', `${body.locationId}:${body.year}`);
    await audit(tx, ctx, {
      action: 'indicator.population_set',
      entityType: 'child_population',
      entityId: `${body.locationId}:${body.year}`,
      changes: { children: body.children, source: body.source },
    });
  });
  return populationRows(deps.db);
}
