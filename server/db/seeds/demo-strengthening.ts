import { type Faker, fakerAZ } from '@faker-js/faker';
import type { HouseholdMemberInput } from '../../../common/contracts/strengthening';
import { RISK_DOMAINS, type RiskDomain, SERVICE_TYPES, type ShareScope } from '../../../common/strengthening';
import type { Deps, RequestContext } from '../../domain/context';
import { addDays, addMonths } from '../../domain/dates';
import { enrolHousehold, exitHousehold } from '../../domain/strengthening/enrolments.service';
import { householdDetail, registerHousehold } from '../../domain/strengthening/households.service';
import { reviewPlan, startPlan } from '../../domain/strengthening/plans.service';
import {
  changeServiceReferral,
  recordAssessment,
  recordConsent,
  recordService,
  referToService,
} from '../../domain/strengthening/support.service';
import type { DemoOptions } from './demo';
import { demoContext } from './demo-actors';
import { memberName, newFamily } from './demo-names';

/** Families per location in the demo. */
const FAMILIES = { ganja: 11, baku: 10 } as const;

type Story = 'improving' | 'slow' | 'worsening' | 'graduated' | 'moved_away' | 'separated' | 'waiting';

const GOALS: Record<RiskDomain, { goal: string; actions: string; responsible: string }> = {
  housing: {
    goal: 'Ailənin təhlükəsiz və daimi yaşayış yeri var',
    actions: 'İcarə borcunun ödənilməsi, mənzilin təmiri',
    responsible: 'Ana, sosial işçi',
  },
  income: {
    goal: 'Ananın müntəzəm gəliri var',
    actions: 'Peşə kursu, məşğulluq mərkəzində qeydiyyat, ünvanlı sosial yardım üçün müraciət',
    responsible: 'Ana, sosial işçi',
  },
  parenting: {
    goal: 'Valideyn uşaqlara müntəzəm nəzarət edir, cəzasız tərbiyə üsullarından istifadə edir',
    actions: 'Valideynlik təlimi, evə ayda iki dəfə baş çəkmə',
    responsible: 'Valideynlər, psixoloq',
  },
  health: {
    goal: 'Ailə üzvləri poliklinikada qeydiyyatdadır, müalicəni davam etdirir',
    actions: 'Poliklinikaya yönləndirmə, dərmanlara kömək',
    responsible: 'Sosial işçi',
  },
  schooling: {
    goal: 'Uşaqlar məktəbə müntəzəm gedir',
    actions: 'Məktəb ləvazimatı, müəllimlə görüş, dərsdən sonra məşğələ',
    responsible: 'Ana, məktəb',
  },
  safety: {
    goal: 'Evdə zorakılıq yoxdur, uşaqlar təhlükəsizdir',
    actions: 'Təhlükəsizlik planı, psixoloji dəstək, polis və qəyyumluq və himayə orqanı ilə əlaqə',
    responsible: 'Sosial işçi, psixoloq',
  },
};

/** Who delivers each kind of service, and whether it costs the programme anything. */
const PROVIDERS: Record<(typeof SERVICE_TYPES)[number], { provider: string; free?: boolean }> = {
  food_support: { provider: 'SOS Sosial Mərkəzi' },
  cash_assistance: { provider: 'SOS Uşaq Kəndləri Azərbaycan' },
  housing_repair: { provider: 'Yerli podratçı' },
  school_supplies: { provider: 'SOS Sosial Mərkəzi' },
  health_care: { provider: 'Poliklinika' },
  psychosocial_support: { provider: 'SOS psixoloqu', free: true },
  parenting_training: { provider: 'SOS Sosial Mərkəzi', free: true },
  vocational_training: { provider: 'Rayon məşğulluq mərkəzi' },
  legal_aid: { provider: 'Hüquq klinikası', free: true },
  childcare: { provider: 'SOS Uşaq Bağçası', free: true },
  other: { provider: 'SOS Sosial Mərkəzi' },
};
const REFERRALS = [
  {
    toWhom: 'Rayon məşğulluq mərkəzi',
    reason: 'İş axtarışı',
    outcome: 'Ana qeydiyyata alındı, kursa göndərildi',
  },
  {
    toWhom: 'Sosial Xidmətlər Agentliyi',
    reason: 'Ünvanlı dövlət sosial yardımı',
    outcome: 'Yardım təyin edildi',
  },
  { toWhom: 'Uşaq poliklinikası', reason: 'Uşağın müayinəsi', outcome: 'Müayinə olundu, müalicə başladı' },
  { toWhom: 'Hüquq klinikası', reason: 'Aliment məsələsi', outcome: 'Məhkəməyə ərizə verildi' },
  { toWhom: 'Psixoloji dəstək mərkəzi', reason: 'Ananın depressiyası', outcome: '' },
];

const clamp = (n: number) => Math.max(1, Math.min(5, Math.round(n)));

/** Scores at assessment `k` of `n` along the family's story (every domain graduates at 4+). */
function scoresAt(f: Faker, start: number[], story: Story, k: number, n: number): number[] {
  const progress = n > 1 ? k / (n - 1) : 0;
  return start.map((s) => {
    if (story === 'graduated')
      return k === n - 1
        ? Math.max(4, clamp(s + 2.5))
        : clamp(s + progress * 2 + f.number.int({ min: -1, max: 0 }) * 0.4);
    if (story === 'improving') return clamp(s + progress * 1.8);
    if (story === 'slow') return clamp(s + progress * 0.8);
    if (story === 'worsening' || story === 'separated') return clamp(s - progress * 1.4);
    return clamp(s + progress);
  });
}

interface Site {
  code: 'ganja' | 'baku';
  locationId: string;
  programmeId: string;
  worker: RequestContext;
}

/**
 * Family strengthening in Ganja and Baku: families at risk registered with their members,
 * assessed two to four times (most improving, some stalling or worsening), enrolled with their
 * consent, with a development plan (its goals, a review, some reviews now due), services and
 * referrals; a few have left — most graduated self-reliant, one moved away, one with a child
 * separated (which opened the child's case). Everything through the services, as a worker would.
 */
export async function seedStrengthening(deps: Deps, options: DemoOptions): Promise<{ families: number }> {
  const f = fakerAZ;
  f.seed(options.seed + 6);
  const sites: Site[] = [];
  for (const code of ['ganja', 'baku'] as const) {
    const rows = await deps.db.query<{ programmeId: string; locationId: string }>(
      `select p.id as "programmeId", p.location_id as "locationId" from programmes p
        where p.code = $1 and p.type = 'family_strengthening'`,
      [`${code}-family-strengthening`],
    );
    if (!rows[0]) continue;
    sites.push({
      code,
      ...rows[0],
      worker: await demoContext(deps.db, code === 'ganja' ? 'worker' : 'worker.baku'),
    });
  }
  let families = 0;
  for (const site of sites) {
    const stories: Story[] = [
      'graduated',
      'improving',
      'slow',
      'improving',
      'worsening',
      'graduated',
      'improving',
      'waiting',
      site.code === 'ganja' ? 'separated' : 'moved_away',
      'improving',
      'graduated',
    ].slice(0, FAMILIES[site.code]) as Story[];
    for (const story of stories) {
      await seedFamily(deps, f, site, story, options.today);
      families++;
    }
  }
  return { families };
}

async function seedFamily(deps: Deps, f: Faker, site: Site, story: Story, today: string) {
  const ctx = site.worker;
  const family = newFamily(f, 'az');
  const born = (min: number, max: number) =>
    f.date.birthdate({ mode: 'age', min, max, refDate: today }).toISOString().slice(0, 10);
  const reason = 'Demo: a different person with a similar name.';
  const member = (
    relationship: HouseholdMemberInput['relationship'],
    sex: 'female' | 'male',
    birthDate: string,
  ) => ({
    relationship,
    ...memberName(family, sex),
    sex,
    birthDate,
    birthDateEstimated: false,
    confirmNewReason: reason,
  });
  const motherAge = f.number.int({ min: 26, max: 45 });
  const members = [member('mother', 'female', born(motherAge, motherAge))];
  if (f.number.float() < 0.45) members.push(member('father', 'male', born(27, 50)));
  if (f.number.float() < 0.25) members.push(member('grandparent', 'female', born(55, 75)));
  const children = f.number.int({ min: 1, max: 4 });
  for (let i = 0; i < children; i++)
    members.push(
      member('child', f.helpers.arrayElement(['female', 'male']), born(1, Math.min(15, motherAge - 19))),
    );

  const { id } = await registerHousehold(deps, ctx, {
    locationId: site.locationId,
    address: `${site.code === 'ganja' ? 'Gəncə' : 'Bakı'}, ${f.location.street()} ${f.number.int({ min: 1, max: 120 })}`,
    phone: `+994 ${f.helpers.arrayElement(['50', '51', '55', '70', '77'])} ${f.string.numeric(3)} ${f.string.numeric(2)} ${f.string.numeric(2)}`,
    members,
  });
  const household = await householdDetail(deps, ctx, id);
  const mother = household.members.find((m) => m.relationship === 'mother')!;

  // When the family was identified: from a few weeks to about four years ago.
  const identified = addDays(
    today,
    -f.number.int({ min: story === 'waiting' ? 10 : 200, max: story === 'waiting' ? 40 : 1450 }),
  );
  const assessments =
    story === 'waiting'
      ? 1
      : Math.min(
          4,
          Math.max(2, Math.floor((Date.parse(today) - Date.parse(identified)) / (182 * 86_400_000)) + 1),
        );
  const start = RISK_DOMAINS.map(() => f.number.int({ min: 1, max: 3 }));
  if (story === 'worsening' || story === 'separated') start[RISK_DOMAINS.indexOf('safety')] = 2;
  // Spread from the first visit to about now (a little earlier for the families that have left).
  const span =
    Math.floor((Date.parse(today) - Date.parse(identified)) / 86_400_000) - f.number.int({ min: 5, max: 40 });
  const dates: string[] = [];
  for (let k = 0; k < assessments; k++) {
    const on = k === 0 ? identified : addDays(identified, Math.round((span * k) / (assessments - 1)));
    if (dates.includes(on)) break;
    dates.push(on);
    const scores = scoresAt(f, start, story, k, assessments);
    await recordAssessment(deps, ctx, id, {
      assessedOn: on,
      summary: k === 0 ? 'İlkin qiymətləndirmə: ailə ayrılma riski altındadır.' : 'Təkrar qiymətləndirmə.',
      scores: RISK_DOMAINS.map((domain, i) => ({
        domain,
        score: scores[i]!,
        note: scores[i]! <= 2 ? 'Diqqət tələb edir' : '',
      })),
    });
  }

  const shareWith: ShareScope[] = f.helpers.arrayElement([
    ['alternative_care'],
    ['alternative_care', 'other_programmes'],
    ['other_programmes'],
    [],
  ]);
  await recordConsent(deps, ctx, id, {
    programmeId: site.programmeId,
    givenByPersonId: mother.personId,
    givenOn: identified,
    shareWith,
    note: '',
  });
  const enrolledOn = addDays(identified, 7);
  if (story === 'waiting') {
    await enrolHousehold(deps, ctx, id, {
      programmeId: site.programmeId,
      status: 'waiting',
      on: [enrolledOn, today].sort()[0]!,
    });
    return;
  }
  const enrolment = await enrolHousehold(deps, ctx, id, {
    programmeId: site.programmeId,
    status: 'enrolled',
    on: enrolledOn,
  });

  // The plan: goals in the weakest domains; reviewed about every six months, the last review sometimes late.
  const weakest = RISK_DOMAINS.map((d, i) => ({ d, s: start[i]! }))
    .sort((a, b) => a.s - b.s)
    .slice(0, f.number.int({ min: 2, max: 4 }))
    .map((x) => x.d);
  const startedOn = addDays(enrolledOn, 10);
  let plan = await startPlan(deps, ctx, enrolment.id, {
    startedOn,
    goals: weakest.map((domain, i) => ({
      domain,
      ...GOALS[domain],
      targetOn: addMonths(startedOn, 6 * (i + 1)),
    })),
  });
  const lastEvent = dates.at(-1)!;
  const continuing = !['graduated', 'moved_away', 'separated'].includes(story);
  // Some families still taking part have a review that is now overdue.
  const skipLast = continuing && f.number.float() < 0.25;
  while (plan.nextReviewOn <= today && (continuing || plan.nextReviewOn <= addDays(lastEvent, 30))) {
    if (skipLast && addMonths(plan.nextReviewOn, 6) > today) break;
    const heldOn = [addDays(plan.nextReviewOn, f.number.int({ min: 0, max: 12 })), today].sort()[0]!;
    plan = await reviewPlan(deps, ctx, plan.id, {
      version: plan.version,
      heldOn,
      participants: 'Ana, sosial işçi',
      summary:
        story === 'worsening' ? 'Vəziyyət pisləşir; dəstək artırılır.' : 'Məqsədlər üzrə irəliləyiş var.',
      goals: plan.goals
        .filter((g) => g.status === 'not_started' || g.status === 'in_progress')
        .map((g, i) => ({
          goalId: g.id,
          status:
            story === 'worsening'
              ? 'in_progress'
              : f.number.float() < 0.35 + i * 0.05
                ? 'achieved'
                : 'in_progress',
          progress: story === 'worsening' ? 'Gözlənilən irəliləyiş yoxdur' : 'Plan üzrə irəliləyir',
        })),
    });
    if (heldOn >= today) break;
  }

  // Services and referrals along the way.
  const services = f.number.int({ min: 2, max: 5 });
  for (let i = 0; i < services; i++) {
    const type = f.helpers.arrayElement(SERVICE_TYPES.filter((t) => t !== 'other'));
    const { provider, free } = PROVIDERS[type];
    await recordService(deps, ctx, id, {
      deliveredOn: addDays(
        enrolledOn,
        f.number.int({
          min: 5,
          max: Math.max(6, Math.floor((Date.parse(lastEvent) - Date.parse(enrolledOn)) / 86_400_000)),
        }),
      ),
      type,
      provider,
      cost: free ? null : f.number.int({ min: 2000, max: 25000 }) / 100,
      note: '',
    });
  }
  for (const r of f.helpers.arrayElements(REFERRALS, { min: 0, max: 2 })) {
    const made = await referToService(deps, ctx, id, {
      referredOn: addDays(enrolledOn, f.number.int({ min: 5, max: 60 })),
      toWhom: r.toWhom,
      reason: r.reason,
    });
    const settled = f.helpers.arrayElement(['completed', 'completed', 'accepted', 'declined', 'pending']);
    if (settled !== 'pending')
      await changeServiceReferral(deps, ctx, made.id, {
        version: made.version,
        status: settled,
        outcome: settled === 'completed' ? r.outcome : '',
      });
  }

  // Leaving.
  const exitedOn = [addDays(lastEvent, 14), today].sort()[0]!;
  const current = (await householdDetail(deps, ctx, id)).enrolments.find((e) => e.id === enrolment.id)!;
  if (story === 'graduated') {
    await exitHousehold(deps, ctx, enrolment.id, {
      version: current.version,
      exitedOn,
      outcome: 'graduated_self_reliant',
      note: 'Ailə özü öhdəsindən gəlir; bir il ərzində izlənəcək.',
    });
  } else if (story === 'moved_away') {
    await exitHousehold(deps, ctx, enrolment.id, {
      version: current.version,
      exitedOn,
      outcome: 'exited_other',
      reason: 'moved_away',
      note: 'Ailə başqa rayona köçdü.',
    });
  } else if (story === 'separated') {
    const child = household.members.find((m) => m.relationship === 'child')!;
    await exitHousehold(deps, ctx, enrolment.id, {
      version: current.version,
      exitedOn,
      outcome: 'child_separated',
      note: 'Ana uzunmüddətli müalicəyə yerləşdirildi; uşağa alternativ qayğı lazımdır.',
      separation: {
        childIds: [child.personId],
        reasons: ['parental_incapacity'],
        description: 'Ananın xəstəliyi; evdə uşağa baxacaq qohum yoxdur.',
      },
    });
  }
}
