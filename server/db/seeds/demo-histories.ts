import { type Faker, fakerAZ } from '@faker-js/faker';
import type { GATEKEEPING_DECISIONS } from '../../../common/cases';
import type { ChildInput } from '../../../common/contracts/cases';
import { WELLBEING_DIMENSIONS } from '../../../common/contracts/leaving-care';
import { draftCarePlan, reviewCarePlan, submitCarePlan } from '../../domain/cases/care-plans.service';
import {
  reviewGatekeeping,
  startGatekeeping,
  submitGatekeeping,
} from '../../domain/cases/gatekeeping.service';
import { followUpsOf, recordFollowUpVisit } from '../../domain/cases/leaving-care.service';
import { registerReferral } from '../../domain/cases/referrals.service';
import { recordContact, recordReview } from '../../domain/cases/reviews.service';
import type { Deps, RequestContext } from '../../domain/context';
import { addDays } from '../../domain/dates';
import { setApprovedOn } from '../repositories/care-plans.repository';
import { type FamilyNames, memberName, type Sex } from './demo-names';

export interface Team {
  worker: RequestContext;
  supervisor: RequestContext;
}

export const iso = (d: Date) => d.toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string) =>
  Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / 86_400_000));

/** A child of the family, born so that they are `ageOnEntry` years old when referred. */
export function demoChild(
  f: Faker,
  family: FamilyNames,
  receivedOn: string,
  ageOnEntry: [number, number],
): ChildInput {
  const sex: Sex = f.number.float() < 0.5 ? 'female' : 'male';
  const born = iso(
    f.date.birthdate({ mode: 'age', min: ageOnEntry[0], max: ageOnEntry[1], refDate: receivedOn }),
  );
  return {
    ...memberName(family, sex),
    sex,
    birthDate: born >= receivedOn ? addDays(receivedOn, -30) : born,
    birthDateEstimated: f.number.float() < 0.05,
    languages: family.script === 'ru' ? ['ru', 'az'] : ['az'],
    disability: f.number.float() < 0.08,
    parentalStatus: f.helpers.arrayElement(['both_alive', 'one_dead', 'both_dead', 'unknown'] as const),
  };
}

/** Referral and an approved gatekeeping decision, as a worker and their supervisor would record them. */
export async function referAndDecide(
  deps: Deps,
  team: Team,
  input: {
    receivedOn: string;
    locationId: string;
    programmeId: string;
    children: ChildInput[];
    family: FamilyNames;
    decision: (typeof GATEKEEPING_DECISIONS)[number];
    source:
      | 'guardianship_body'
      | 'minors_commission'
      | 'police'
      | 'hospital'
      | 'school'
      | 'family'
      | 'community';
    reasons: (
      | 'parent_death'
      | 'abandonment'
      | 'parental_incapacity'
      | 'abuse_neglect_exploitation'
      | 'voluntary_temporary'
      | 'relinquishment'
    )[];
  },
): Promise<{ id: string; childId: string }[]> {
  const f = fakerAZ;
  const mother = memberName(input.family, 'female');
  const { cases } = await registerReferral(deps, team.worker, {
    receivedOn: input.receivedOn,
    source: input.source,
    reasons: input.reasons,
    description: '',
    locationId: input.locationId,
    programmeId: input.programmeId,
    // Generated names can coincide; the demo says so rather than stop at the duplicate warning.
    children: input.children.map((c) => ({
      ...c,
      confirmNewReason: 'Demo data: a different, generated child.',
    })),
    family: [
      {
        ...mother,
        relationship: 'mother',
        alive: input.reasons.includes('parent_death') ? 'no' : 'yes',
        whereabouts: input.reasons.includes('parent_death') ? null : f.location.city(),
        parentalRights: f.helpers.arrayElement(['full', 'restricted', 'deprived'] as const),
      },
    ],
  });
  const decidedOn = addDays(input.receivedOn, 3);
  for (const c of cases) {
    const g = await startGatekeeping(deps, team.worker, c.id, {
      supportTried: 'Ev ziyarətləri, ərzaq yardımı və valideynlə məsləhətləşmələr.',
      optionsConsidered: ['family_support_only', 'kinship', input.decision],
      participants: 'Sosial işçi, qəyyumluq və himayə orqanı, ana',
      childViews: 'Uşaq qardaş-bacıları ilə birlikdə qalmaq istəyir.',
      parentsViews: 'Ana razıdır.',
      decision: input.decision,
      decisionReason: 'Ailədə qalmaq mümkün olmadı; qohum yanında qayğı imkanı tapılmadı.',
      authorityDecisionNumber: `QHO-${decidedOn.slice(0, 4)}/${f.number.int({ min: 10, max: 999 })}`,
      authorityDecisionDate: decidedOn,
    });
    const sent = await submitGatekeeping(deps, team.worker, g.id, g.version);
    await reviewGatekeeping(deps, team.supervisor, g.id, {
      version: sent.version,
      outcome: 'approve',
      comment: '',
    });
  }
  return cases;
}

/** An approved care plan and the most recent periodic reviews, some of them late, plus family contact. */
export async function planAndReview(
  deps: Deps,
  team: Team,
  caseId: string,
  placedOn: string,
  today: string,
  late: boolean,
) {
  const f = fakerAZ;
  const lastHeld = addDays(
    today,
    late ? -f.number.int({ min: 100, max: 160 }) : -f.number.int({ min: 5, max: 85 }),
  );
  // The plan in force was approved at the review before last (or soon after the placement) and
  // is reviewed with the case: a late review leaves the plan past its review too (not current,
  // docs/indicators.md).
  const later = (a: string, b: string) => (a > b ? a : b);
  const approvedOn = [later(addDays(placedOn, 14), addDays(lastHeld, -91)), today].sort()[0]!;
  const plan = await draftCarePlan(deps, team.worker, caseId, {
    permanencyGoal: f.helpers.arrayElement(['reunification', 'long_term_family_care', 'kinship'] as const),
    domains: {
      health: 'Peyvəndlər vaxtında; illik tibbi müayinə.',
      education: 'Yaxınlıqdakı məktəbdə oxuyur.',
    },
    goals: [
      {
        domain: 'family_social',
        description: 'Ana ilə ayda iki dəfə görüş',
        responsible: 'Sosial işçi',
        dueOn: addDays(today, 90),
      },
      {
        domain: 'education',
        description: 'Dərs ilini uğurla bitirmək',
        responsible: 'SOS ana',
        dueOn: addDays(today, 180),
      },
    ],
    contactPlan: 'Ayda iki dəfə nəzarət altında görüş.',
    childViews: 'Anası ilə daha tez-tez görüşmək istəyir.',
    nextReviewOn: addDays(approvedOn, 91),
  });
  const sent = await submitCarePlan(deps, team.worker, plan.id, plan.version);
  await reviewCarePlan(deps, team.supervisor, plan.id, {
    version: sent.version,
    outcome: 'approve',
    comment: '',
  });
  await setApprovedOn(deps.db, plan.id, approvedOn);

  for (const heldOn of [addDays(lastHeld, -91), lastHeld]) {
    if (heldOn < placedOn) continue;
    await recordReview(deps, team.worker, caseId, {
      heldOn,
      kind: 'periodic',
      participants: 'Uşaq, SOS ana, sosial işçi',
      childHeard: 'Uşaqla əvvəlcə təkbətək danışıldı.',
      findings: 'Uşaq evə uyğunlaşıb, məktəbə gedir.',
      necessityHolds: true,
      suitabilityHolds: true,
      decisions: 'Plan davam edir.',
      nextReviewOn: null,
      q4cStandards: [6, 8],
    });
  }
  if (f.number.float() < 0.7) {
    await recordContact(deps, team.worker, caseId, {
      contactOn: addDays(today, -f.number.int({ min: 3, max: 80 })),
      withWhom: 'Ana',
      kind: f.helpers.arrayElement(['visit', 'call', 'video'] as const),
      supervised: true,
      status: 'held',
      childReaction: 'Sevindi, yenidən görüşmək istəyir.',
    });
  }
}

/** Follow-up visits that have fallen due, most held and rated on the eight well-being dimensions. */
export async function visitFollowUps(deps: Deps, team: Team, caseId: string, today: string) {
  const f = fakerAZ;
  for (const due of await followUpsOf(deps, team.worker, caseId)) {
    if (due.dueOn > today || due.status !== 'due') continue;
    const held = f.number.float() < 0.85;
    const heldOn = addDays(due.dueOn, f.number.int({ min: 0, max: 14 }));
    await recordFollowUpVisit(deps, team.worker, due.id, {
      version: due.version,
      status: held && heldOn <= today ? 'held' : 'missed',
      heldOn: held && heldOn <= today ? heldOn : null,
      ratings: held
        ? Object.fromEntries(WELLBEING_DIMENSIONS.map((d) => [d, f.number.int({ min: 2, max: 4 })]))
        : {},
      notes: held ? 'Ailə ilə görüşüldü; vəziyyət sabitdir.' : 'Ailə ilə əlaqə saxlamaq mümkün olmadı.',
    });
  }
}
