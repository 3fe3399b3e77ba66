import { fakerAZ } from '@faker-js/faker';
import { closeCase } from '../../domain/cases/cases.service';
import { endPlacement, startPlacement } from '../../domain/cases/placements.service';
import type { Deps } from '../../domain/context';
import { addDays } from '../../domain/dates';
import type { DemoOptions } from './demo';
import { demoContext } from './demo-actors';
import {
  daysBetween,
  demoChild,
  planAndReview,
  referAndDecide,
  type Team,
  visitFollowUps,
} from './demo-histories';
import { FAKERS, newFamily, pickScript } from './demo-names';

const EPISODES_PER_YEAR = 2;

/**
 * Short-term care in Ganja (since 2011) and Baku (since 2013): children admitted in an
 * emergency, most reunified with their families within months (some coming back within a
 * year: re-entries), some moved on to a foster family, a few still in care.
 */
export async function seedShortTermCare(deps: Deps, options: DemoOptions): Promise<number> {
  const { db } = deps;
  const sites = await db.query<{ id: string; locationId: string; startDate: string; code: string }>(
    `select id, location_id as "locationId", start_date as "startDate", code from programmes
      where type = 'short_term_care' and start_date is not null order by code`,
  );
  const teams: Record<string, Team> = {
    ganja: { worker: await demoContext(db, 'worker'), supervisor: await demoContext(db, 'supervisor') },
    baku: {
      worker: await demoContext(db, 'worker.baku'),
      supervisor: await demoContext(db, 'supervisor.baku'),
    },
  };
  const f = fakerAZ;
  let episodes = 0;
  for (const site of sites) {
    const team = teams[site.code.startsWith('ganja') ? 'ganja' : 'baku']!;
    const years = Math.max(1, Math.floor(daysBetween(site.startDate, options.today) / 365));
    for (let n = 0; n < years * EPISODES_PER_YEAR; n++) {
      const admitted = addDays(
        site.startDate,
        f.number.int({ min: 0, max: daysBetween(site.startDate, addDays(options.today, -2)) }),
      );
      const script = pickScript(() => f.number.float());
      const family = newFamily(FAKERS[script], script);
      const receivedOn = addDays(admitted, -1);
      const child = demoChild(f, family, receivedOn, [0, 14]);
      const [c] = await referAndDecide(deps, team, {
        receivedOn,
        locationId: site.locationId,
        programmeId: site.id,
        children: [child],
        family,
        decision: 'short_term_care',
        source: f.helpers.arrayElement(['police', 'hospital', 'family', 'guardianship_body'] as const),
        reasons: [
          f.helpers.arrayElement([
            'voluntary_temporary',
            'parental_incapacity',
            'abuse_neglect_exploitation',
          ] as const),
        ],
      });
      const stay = await shortStay(
        deps,
        team,
        c!.id,
        site.id,
        admitted,
        options.today,
        daysBetween(admitted, options.today) < 14,
      );
      episodes++;
      if (!stay) continue;
      const outcome = f.number.float();
      if (outcome < 0.25) {
        await endPlacement(deps, team.worker, stay.id, {
          version: stay.version,
          endDate: stay.until,
          endReason: 'planned_move',
        });
        await startPlacement(deps, team.worker, c!.id, {
          settingType: 'foster',
          programmeId: null,
          placeDescription: `Himayədar ailə ${FAKERS.az.person.lastName('male')}`,
          orderedBy: 'administrative',
          emergency: false,
          startDate: stay.until,
        });
        await planAndReview(deps, team, c!.id, stay.until, options.today, f.number.float() < 0.1);
        continue;
      }
      await endPlacement(deps, team.worker, stay.id, {
        version: stay.version,
        endDate: stay.until,
        endReason: 'reunification',
      });
      const comesBack = addDays(stay.until, f.number.int({ min: 40, max: 330 }));
      if (outcome > 0.88 && comesBack < addDays(options.today, -1)) {
        const again = await shortStay(deps, team, c!.id, site.id, comesBack, options.today, false);
        if (again)
          await endPlacement(deps, team.worker, again.id, {
            version: again.version,
            endDate: again.until,
            endReason: 'reunification',
          });
        await visitFollowUps(deps, team, c!.id, options.today);
        continue;
      }
      await visitFollowUps(deps, team, c!.id, options.today);
      const closedOn = addDays(stay.until, 180);
      if (closedOn <= options.today) {
        const version = (
          await db.query<{ v: number }>('select version as v from cases where id = $1', [c!.id])
        )[0]!.v;
        await closeCase(deps, team.worker, c!.id, { version, reason: 'reunified', closedOn });
      }
    }
  }
  return episodes;
}

/** A short-term placement; returns when it would end (null if the child is still there today). */
async function shortStay(
  deps: Deps,
  team: Team,
  caseId: string,
  programmeId: string,
  startDate: string,
  today: string,
  emergency: boolean,
) {
  const f = fakerAZ;
  const placement = await startPlacement(deps, team.worker, caseId, {
    settingType: 'short_term',
    programmeId,
    orderedBy: f.helpers.arrayElement(['administrative', 'voluntary'] as const),
    emergency,
    startDate,
    underThreeReason: 'Gecə təcili yerləşdirmə; himayədar ailə tapılana qədər qısa müddətli qayğı.',
  });
  const until = addDays(startDate, f.number.int({ min: 20, max: 180 }));
  if (until >= today) return null;
  return { id: placement.id, version: placement.version, until };
}
