import { fakerAZ } from '@faker-js/faker';
import { recordLeavingCare, startLeavingCarePlan } from '../../domain/cases/leaving-care.service';
import { startPlacement } from '../../domain/cases/placements.service';
import type { Deps } from '../../domain/context';
import { addDays } from '../../domain/dates';
import type { DemoOptions } from './demo';
import { demoContext } from './demo-actors';
import { demoChild, planAndReview, referAndDecide, type Team, visitFollowUps } from './demo-histories';
import { FAKERS, newFamily, pickScript } from './demo-names';

const PER_YOUTH_HOUSE = { residents: 8, leavers: 6 };

/**
 * Youth-house residents preparing to leave care (with leaving-care plans), and care leavers
 * with after-care follow-ups rated on the eight well-being dimensions.
 */
export async function seedYouthHouses(
  deps: Deps,
  options: DemoOptions,
): Promise<{ residents: number; leavers: number }> {
  const { db } = deps;
  const f = fakerAZ;
  const houses = await db.query<{ id: string; locationId: string; code: string }>(
    `select id, location_id as "locationId", code from programmes where type = 'youth_house' order by code`,
  );
  const teams: Record<string, Team> = {
    ganja: { worker: await demoContext(db, 'worker'), supervisor: await demoContext(db, 'supervisor') },
    baku: {
      worker: await demoContext(db, 'worker.baku'),
      supervisor: await demoContext(db, 'supervisor.baku'),
    },
  };
  let residents = 0;
  let leavers = 0;
  for (const house of houses) {
    const team = teams[house.code.startsWith('ganja') ? 'ganja' : 'baku']!;
    for (let n = 0; n < PER_YOUTH_HOUSE.residents + PER_YOUTH_HOUSE.leavers; n++) {
      const leaving = n >= PER_YOUTH_HOUSE.residents;
      const movedIn = addDays(
        options.today,
        -f.number.int({ min: leaving ? 900 : 120, max: leaving ? 2400 : 900 }),
      );
      const script = pickScript(() => f.number.float());
      const family = newFamily(FAKERS[script], script);
      const receivedOn = addDays(movedIn, -10);
      const [c] = await referAndDecide(deps, team, {
        receivedOn,
        locationId: house.locationId,
        programmeId: house.id,
        children: [demoChild(f, family, receivedOn, [15, 17])],
        family,
        decision: 'youth_house',
        source: 'guardianship_body',
        reasons: ['parent_death'],
      });
      await startPlacement(deps, team.worker, c!.id, {
        settingType: 'supervised_independent_living',
        programmeId: house.id,
        orderedBy: 'administrative',
        emergency: false,
        startDate: movedIn,
      });
      await planAndReview(deps, team, c!.id, movedIn, options.today, f.number.float() < 0.1);
      const plan = await startLeavingCarePlan(deps, team.worker, c!.id, {
        startedOn: addDays(movedIn, 30),
        housing: 'Sosial mənzil növbəsi; yataqxana variantı.',
        incomeWork: 'Peşə kursu və təcrübə proqramı.',
        education: 'Kollecdə oxuyur.',
        documents: 'Şəxsiyyət vəsiqəsi, tibbi sığorta.',
        health: 'Poliklinikada qeydiyyatdadır.',
        supportNetwork: 'Keçmiş SOS ana, dostlar, mentor.',
        namedWorker: team.worker.actor!.displayName,
        youngPersonAgreed: f.number.float() < 0.85,
      });
      if (!leaving) {
        residents++;
        continue;
      }
      const leftOn = addDays(movedIn, f.number.int({ min: 300, max: 800 }));
      await recordLeavingCare(deps, team.worker, plan.id, {
        version: plan.version,
        leftOn,
        planned: f.number.float() < 0.8,
      });
      await visitFollowUps(deps, team, c!.id, options.today);
      leavers++;
    }
  }
  return { residents, leavers };
}
