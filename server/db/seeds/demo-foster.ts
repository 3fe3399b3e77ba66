import { fakerAZ } from '@faker-js/faker';
import { startPlacement } from '../../domain/cases/placements.service';
import type { Deps, RequestContext } from '../../domain/context';
import { addDays } from '../../domain/dates';
import { submitApplication } from '../../domain/foster/applications.service';
import { addHomeStudy, changeFamilyStatus, changeRequirement } from '../../domain/foster/assessment.service';
import { decide } from '../../domain/foster/decision.service';
import { changeFamilyLocation, familyDetail } from '../../domain/foster/families.service';
import { matchesForCase } from '../../domain/foster/matching.service';
import { recordMonitoringVisit } from '../../domain/foster/monitoring.service';
import { changeInquiry, recordRecruitment } from '../../domain/foster/recruitment.service';
import type { DemoOptions } from './demo';
import { demoContext } from './demo-actors';
import { demoChild, referAndDecide } from './demo-histories';
import { FAKERS, memberName, newFamily } from './demo-names';

/**
 * The foster-care programme in Azerbaijan: a Foster Family Day campaign, ambassadors, inquiries,
 * applications at every stage and a few approved families; children wait to be matched.
 */
export async function seedFoster(
  deps: Deps,
  options: DemoOptions,
): Promise<{ families: number; approved: number; placed: number }> {
  const f = fakerAZ;
  const officer = await demoContext(deps.db, 'officer');
  const publicCtx = (n: number): RequestContext => ({
    actor: null,
    requestId: 'demo-seed',
    ip: `192.0.2.${n}`,
    locale: 'az',
  });
  const year = Number(options.today.slice(0, 4));
  const dayOn = `${year}-05-31` <= options.today ? `${year}-05-31` : `${year - 1}-05-31`;
  const campaign = await recordRecruitment(deps, officer, 'campaign', {
    country: 'AZ',
    name: `Himayədar Ailə Günü ${dayOn.slice(0, 4)}`,
    kind: 'foster_family_day',
    startsOn: dayOn,
    endsOn: null,
  });
  const lead = await recordRecruitment(deps, officer, 'ambassador', {
    country: 'AZ',
    name: 'Səidə Rüstəmova',
    province: 'Gəncə',
    phone: '',
    recruitedBy: null,
    joinedOn: addDays(dayOn, -120),
  });
  const ambassador = await recordRecruitment(deps, officer, 'ambassador', {
    country: 'AZ',
    name: 'Kamal Abbasov',
    province: 'Bakı',
    phone: '',
    recruitedBy: lead,
    joinedOn: addDays(dayOn, -60),
  });
  await recordRecruitment(deps, officer, 'event', {
    country: 'AZ',
    campaignId: campaign,
    ambassadorId: lead,
    kind: 'foster_family_day',
    heldOn: dayOn,
    place: 'Gəncə',
    attendees: 140,
  });
  await recordRecruitment(deps, officer, 'event', {
    country: 'AZ',
    campaignId: campaign,
    ambassadorId: ambassador,
    kind: 'awareness_meeting',
    heldOn: addDays(dayOn, 14),
    place: 'Bakı',
    attendees: 45,
  });

  const locations = Object.fromEntries(
    (await deps.db.query<{ id: string; code: string }>('select id, code from locations')).map((l) => [
      l.code,
      l.id,
    ]),
  );
  const on = (iso: string): Deps => ({ ...deps, clock: { now: () => new Date(`${iso}T09:00:00Z`) } });
  const stop = addDays(options.today, -3);
  const clip = (iso: string) => (iso < stop ? iso : stop);
  let approved = 0;
  const total = 16;
  const dropReasons = [
    { dropReasonCode: 'not_ready', dropReason: 'Bir ildən sonra yenidən əlaqə saxlayacaq.' },
    { dropReasonCode: 'housing', dropReason: null },
    { dropReasonCode: 'wants_adoption', dropReason: null },
    { dropReasonCode: 'moved_away', dropReason: 'Sumqayıta köçdü.' },
  ] as const;
  // Districts as families type them, in several scripts and spellings: the application matches
  // them to places (Kəpəz counts under Gəncə); one names no place and waits for the officer.
  const districts = {
    baku: ['Bakı', 'Yasamal r.', 'Baku', 'Насими'],
    ganja: ['Gəncə', 'Gence', 'Кяпаз', 'Gəncə yaxınlığı, Hacıkənd'],
  };
  for (let n = 0; n < total; n++) {
    const family = newFamily(FAKERS.az, 'az');
    const born = (min: number, max: number) =>
      f.date.birthdate({ mode: 'age', min, max, refDate: options.today }).toISOString().slice(0, 10);
    const mother = memberName(family, 'female');
    const father = memberName(family, 'male');
    const adults = [
      {
        ...mother,
        birthDate: born(30, 50),
        education: 'higher' as const,
        regularIncome: true,
        citizenship: 'AZ',
        residence: 'AZ',
        applicant: true,
      },
      {
        ...father,
        birthDate: born(32, 55),
        education: 'secondary' as const,
        regularIncome: true,
        citizenship: 'AZ',
        residence: 'AZ',
        applicant: true,
      },
    ];
    const viaAmbassador = n % 2 === 1;
    const source = {
      campaignId: viaAmbassador ? null : campaign,
      ambassadorId: viaAmbassador ? ambassador : null,
    };
    // Applications spread over the months since Foster Family Day, the earliest assessed first.
    const submittedOn = clip(addDays(dayOn, 4 + n * 10));
    const city = n % 2 ? 'baku' : 'ganja';
    // Two inquiries for every application, at the office of the family's city: one that applied
    // (linked to the family once it has applied), one that did not (yet).
    let applied: string | null = null;
    for (const [k, who] of [mother, memberName(newFamily(FAKERS.az, 'az'), 'female')].entries()) {
      const inquiry = await recordRecruitment(on(submittedOn), officer, 'inquiry', {
        country: 'AZ',
        receivedOn: clip(addDays(submittedOn, -6 - 3 * k)),
        source: viaAmbassador ? 'ambassador' : 'campaign',
        ...source,
        locationId: locations[city] ?? null,
        contactName: `${who.givenName} ${who.familyName}`,
        phone: '',
      });
      const [row] = await deps.db.query<{ version: number }>(
        'select version from foster_inquiries where id = $1',
        [inquiry],
      );
      if (k === 0) applied = inquiry;
      else if (n % 3 !== 2)
        await changeInquiry(on(submittedOn), officer, inquiry, {
          version: row!.version,
          status: 'dropped',
          ...dropReasons[n % dropReasons.length]!,
        });
    }
    const { reference } = await submitApplication(on(submittedOn), publicCtx(n + 10), {
      country: 'AZ',
      twoParent: true,
      address: `${f.location.city()}, ${f.location.street()} ${f.number.int({ min: 1, max: 90 })}`,
      district: districts[city][Math.floor(n / 2) % 4]!,
      phone: '+994 50 000 00 00',
      email: '',
      motivation: 'Uşağa ailə istiliyi vermək istəyirik.',
      languages: ['az'],
      adults,
      children: n % 3 ? [{ ...memberName(family, 'female'), birthDate: born(6, 14) }] : [],
      ...source,
      website: '',
    });
    const id = (
      await deps.db.query<{ id: string }>('select id from foster_families where reference = $1', [reference])
    )[0]!.id;
    if (applied) {
      const [row] = await deps.db.query<{ version: number }>(
        'select version from foster_inquiries where id = $1',
        [applied],
      );
      await changeInquiry(on(submittedOn), officer, applied, {
        version: row!.version,
        status: 'applied',
        familyId: id,
      });
    }
    let detail = await familyDetail(deps, officer, id);
    detail = await changeFamilyLocation(on(submittedOn), officer, id, {
      version: detail.version,
      locationId: locations[city] ?? null,
    });
    // The older half is assessed; most of it approved, one family withdraws.
    const assessedOn = addDays(submittedOn, 35 + (n % 4) * 9);
    if (assessedOn > stop) continue;
    const at = on(assessedOn);
    detail = await changeFamilyStatus(at, officer, id, { version: detail.version, status: 'home_study' });
    await addHomeStudy(at, officer, id, {
      visitedOn: assessedOn,
      findings: 'Geniş, isti ev; ailənin bütün üzvləri himayədarlığa hazırdır.',
      recommendation: n === 5 ? 'more_information' : 'approve',
    });
    if (n === 5) {
      const now = await familyDetail(deps, officer, id);
      await decide(at, officer, id, {
        version: now.version,
        outcome: 'withdrawn',
        reason: 'Ailə səhhət səbəbindən müraciəti geri götürdü.',
        needs: [],
      });
      continue;
    }
    for (const r of (await familyDetail(deps, officer, id)).requirements)
      await changeRequirement(at, officer, r.id, { version: r.version, status: 'complete', note: '' });
    const decidedOn = addDays(assessedOn, 12);
    if (decidedOn > stop) continue;
    const assessed = await familyDetail(deps, officer, id);
    const ready = await changeFamilyStatus(on(decidedOn), officer, id, {
      version: assessed.version,
      status: 'ready_for_review',
    });
    await decide(on(decidedOn), officer, id, {
      version: ready.version,
      outcome: 'approved',
      reason: 'Bütün tələblər yerinə yetirilib; ev şəraitinin öyrənilməsinin nəticəsi müsbətdir.',
      ageMin: n % 2 ? 0 : 3,
      ageMax: n % 2 ? 6 : 12,
      childrenMax: n === 0 ? 2 : 1,
      needs: n === 0 ? ['siblings'] : [],
      contractNumber: `SXA-${year}/${100 + n}`,
      certificateNumber: `HA-${String(5000 + n).padStart(6, '0')}`,
    });
    approved++;
  }
  const placed = await placeFromShortTermCare(deps, officer, options.today);
  return { families: total, approved, placed };
}

/**
 * Three children are admitted to short-term care in Ganja while a family is sought. Two move
 * to the best-ranked approved family (their short-term placement ending that day) and the first
 * monitoring visit is recorded for one; the third still waits, with families to match.
 */
async function placeFromShortTermCare(deps: Deps, officer: RequestContext, today: string) {
  const f = fakerAZ;
  const team = {
    worker: await demoContext(deps.db, 'worker'),
    supervisor: await demoContext(deps.db, 'supervisor'),
  };
  const [site] = await deps.db.query<{ id: string; locationId: string }>(
    `select id, location_id as "locationId" from programmes where code = 'ganja-short-term-care'`,
  );
  if (!site) return 0;
  let placed = 0;
  for (const [k, admitted] of [addDays(today, -110), addDays(today, -100), addDays(today, -20)].entries()) {
    const family = newFamily(FAKERS.az, 'az');
    const child = { ...demoChild(f, family, addDays(admitted, -1), [5, 9]), disability: false };
    const [c] = await referAndDecide(deps, team, {
      receivedOn: addDays(admitted, -1),
      locationId: site.locationId,
      programmeId: site.id,
      children: [child],
      family,
      decision: 'short_term_care',
      source: 'guardianship_body',
      reasons: ['parental_incapacity'],
    });
    const shortTerm = await startPlacement(deps, team.worker, c!.id, {
      settingType: 'short_term',
      programmeId: site.id,
      orderedBy: 'administrative',
      emergency: false,
      startDate: admitted,
    });
    if (k === 2) break;
    const startDate = addDays(admitted, 25);
    const at: Deps = { ...deps, clock: { now: () => new Date(`${startDate}T12:00:00Z`) } };
    const { matches } = await matchesForCase(at, officer, c!.id);
    const best = matches.find((m) => m.exclusions.length === 0 && m.placesLeft > 0);
    if (!best) continue;
    const placement = await startPlacement(
      at,
      officer,
      c!.id,
      {
        settingType: 'foster',
        fosterFamilyId: best.familyId,
        startDate,
        orderedBy: 'administrative',
        emergency: false,
        endCurrentPlacement: { placementId: shortTerm.id, version: shortTerm.version },
      },
      'foster_officer',
    );
    placed++;
    if (k > 0) continue;
    const [visit] = await deps.db.query<{ id: string; version: number; dueOn: string }>(
      'select id, version, due_on as "dueOn" from foster_visits where placement_id = $1 order by due_on limit 1',
      [placement.id],
    );
    if (visit)
      await recordMonitoringVisit(deps, officer, visit.id, {
        version: visit.version,
        status: 'held',
        heldOn: visit.dueOn,
        report: 'Uşaq ailəyə uyğunlaşır; yaxşı yatır, iştahı yaxşıdır və məktəbə gedir.',
        childWellbeing: 4,
      });
  }
  return placed;
}
