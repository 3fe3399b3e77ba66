import { fakerAZ } from '@faker-js/faker';
import { addDays } from '../domain/cases/placement-rules';
import type { Deps, RequestContext } from '../domain/context';
import {
  changeFamilyStatus,
  changeRequirement,
  decide,
  familyDetail,
  submitApplication,
} from '../domain/foster/applications.service';
import { recordRecruitment } from '../domain/foster/recruitment.service';
import type { DemoOptions } from './demo';
import { demoContext } from './demo-actors';
import { FAKERS, memberName, newFamily } from './demo-names';

/**
 * The foster-care programme in Azerbaijan: a Foster Family Day campaign, ambassadors, inquiries,
 * applications at every stage and a few approved families; children wait to be matched.
 */
export async function seedFoster(
  deps: Deps,
  options: DemoOptions,
): Promise<{ families: number; approved: number }> {
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

  let approved = 0;
  const total = 8;
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
    await recordRecruitment(deps, officer, 'inquiry', {
      country: 'AZ',
      receivedOn: addDays(dayOn, 2 + n),
      source: n % 2 ? 'ambassador' : 'campaign',
      campaignId: n % 2 ? null : campaign,
      ambassadorId: n % 2 ? ambassador : null,
      contactName: `${mother.givenName} ${mother.familyName}`,
      phone: '',
    });
    await submitApplication(deps, publicCtx(n + 10), {
      country: 'AZ',
      twoParent: true,
      address: `${f.location.city()}, ${f.location.street()} ${f.number.int({ min: 1, max: 90 })}`,
      district: n % 2 ? 'Bakı' : 'Gəncə',
      phone: '+994 50 000 00 00',
      email: '',
      motivation: 'Uşağa ailə istiliyi vermək istəyirik.',
      languages: ['az'],
      adults,
      children: n % 3 ? [{ ...memberName(family, 'female'), birthDate: born(6, 14) }] : [],
      campaignId: n % 2 ? null : campaign,
      ambassadorId: n % 2 ? ambassador : null,
      website: '',
    });
    // The first half of the families are assessed and approved.
    if (n >= total / 2) continue;
    const id = (
      await deps.db.query<{ id: string }>(
        'select id from foster_families order by submitted_at desc, reference desc limit 1',
      )
    )[0]!.id;
    const detail = await familyDetail(deps, officer, id);
    for (const r of detail.requirements)
      await changeRequirement(deps, officer, r.id, { version: r.version, status: 'complete', note: '' });
    const assessed = await familyDetail(deps, officer, id);
    const ready = await changeFamilyStatus(deps, officer, id, {
      version: assessed.version,
      status: 'ready_for_review',
    });
    await decide(deps, officer, id, {
      version: ready.version,
      outcome: 'approved',
      reason: 'Bütün tələblər yerinə yetirilib; ev tədqiqatı müsbətdir.',
      ageMin: n % 2 ? 0 : 3,
      ageMax: n % 2 ? 6 : 12,
      childrenMax: n === 0 ? 2 : 1,
      needs: n === 0 ? ['siblings'] : [],
      contractNumber: `SXA-${year}/${100 + n}`,
      certificateNumber: `HA-${String(5000 + n).padStart(6, '0')}`,
    });
    approved++;
  }
  return { families: total, approved };
}
