import type { z } from 'zod';
import type {
  ObservancePlan,
  observanceCalendarSchema,
  observanceDayBodySchema,
  observancePlanBodySchema,
} from '../../../common/contracts/observance';
import { isMemberCountry } from '../../db/repositories/exchanges.repository';
import {
  findObservanceDay,
  findPlan,
  insertObservanceDay,
  insertPlan,
  listObservanceDays,
  plansOfYear,
  updatePlan,
} from '../../db/repositories/observance.repository';
import { audit, diff } from '../audit/audit';
import { versionConflict } from '../conflict';
import type { Deps, RequestContext } from '../context';
import { notFound, ruleViolation } from '../errors';
import { requireCooperation, requireCountryEditor } from './membership';

/**
 * The working group's calendar of observance days and the countries' campaign plans for them. The
 * hub's administrator keeps the calendar; each country's delegates write their own country's plan.
 */

export async function observanceCalendar(
  deps: Deps,
  ctx: RequestContext,
  year: number,
): Promise<z.infer<typeof observanceCalendarSchema>> {
  await requireCooperation(deps, ctx);
  const [days, plans] = await Promise.all([listObservanceDays(deps.db), plansOfYear(deps.db, year)]);
  return { year, days: days.map((d) => ({ ...d, plans: plans.filter((p) => p.dayId === d.id) })) };
}

export async function addObservanceDay(
  deps: Deps,
  ctx: RequestContext,
  body: z.infer<typeof observanceDayBodySchema>,
): Promise<{ id: string }> {
  await requireCooperation(deps, ctx, 'cooperation.hub');
  if (body.country && !(await isMemberCountry(deps.db, body.country)))
    throw ruleViolation('exchange_not_member', { country: body.country });
  return deps.db.transaction(async (tx) => {
    const id = await insertObservanceDay(tx, body);
    if (!id) throw ruleViolation('observance_day_exists');
    await audit(tx, ctx, {
      action: 'cooperation.observance_day_added',
      entityType: 'observance_day',
      entityId: id,
      changes: body,
    });
    return { id };
  });
}

export async function saveObservancePlan(
  deps: Deps,
  ctx: RequestContext,
  key: { dayId: string; country: string; year: number },
  body: z.infer<typeof observancePlanBodySchema>,
): Promise<ObservancePlan> {
  await requireCountryEditor(deps, ctx, key.country);
  const day = await findObservanceDay(deps.db, key.dayId);
  if (!day) throw notFound();
  // A country's own day is planned by that country only; an international day by every country.
  if (day.country && day.country !== key.country) throw ruleViolation('observance_day_other_country');
  const { version, ...content } = body;
  return deps.db.transaction(async (tx) => {
    const current = await findPlan(tx, key);
    if (!current) {
      if (version !== undefined) throw notFound();
      const id = await insertPlan(tx, key, content);
      if (!id) throw await versionConflict(tx, 'observance_plan', (await findPlan(tx, key))!.id);
      await audit(tx, ctx, {
        action: 'cooperation.observance_plan_written',
        entityType: 'observance_plan',
        entityId: id,
        changes: { ...key, ...content },
      });
    } else {
      // A second "new" plan for the same day is a change someone else made first.
      if (version === undefined || !(await updatePlan(tx, current.id, version, content)))
        throw await versionConflict(tx, 'observance_plan', current.id, current.version);
      await audit(tx, ctx, {
        action: 'cooperation.observance_plan_written',
        entityType: 'observance_plan',
        entityId: current.id,
        changes: diff(current, content),
      });
    }
    return (await findPlan(tx, key))!;
  });
}
