import { createHash } from 'node:crypto';
import {
  COOPERATION_FORMAT,
  COOPERATION_VERSION,
  type UnsignedDocument,
} from '../../../common/contracts/cooperation-documents';
import type { ExchangeBody } from '../../../common/contracts/exchanges';
import { type Deps, today } from '../../domain/context';
import { insertExchange } from '../repositories/exchanges.repository';
import { insertObservanceDay, insertPlan } from '../repositories/observance.repository';
import { receiveDemoDocuments } from './demo-hub-inbox';

/**
 * The hub's demo exchanges, calendar and campaign plans (issue 17 items 3–5), and the Foster Family
 * Day 2026 and ambassador figures Azerbaijan and Turkey sent. Reproducible: fixed dates and ids.
 */
export async function seedExchanges(deps: Deps): Promise<void> {
  const db = deps.db;
  const admin = (
    await db.query<{ id: string }>("select id from users where role = 'admin' order by created_at limit 1")
  )[0]?.id;
  for (const exchange of DEMO_EXCHANGES) await insertExchange(db, exchange, admin ?? null);
  const names = (az: string, tr: string, ru: string, en: string) => ({ az, tr, ru, en });
  const fosterFamilyDay = await insertObservanceDay(db, {
    country: null,
    month: 6,
    day: 30,
    names: names(
      'Beynəlxalq Himayədar Ailə Günü',
      'Uluslararası Koruyucu Aile Günü',
      'Международный День приёмной семьи',
      'International Foster Family Day',
    ),
  });
  const azDay = await insertObservanceDay(db, {
    country: 'AZ',
    month: 5,
    day: 31,
    names: names(
      'Himayədar Ailə Günü (Azərbaycan)',
      'Koruyucu Aile Günü (Azerbaycan)',
      'День приёмной семьи (Азербайджан)',
      'Foster Family Day (Azerbaijan)',
    ),
  });
  if (fosterFamilyDay && azDay) await seedPlans(deps, { fosterFamilyDay, azDay });
  // Both countries' Foster Family Day results and ambassador figures, signed and received as pushed.
  await receiveDemoDocuments(deps, demoFosterDayDocuments(today(deps.clock)));
}

const DEMO_EXCHANGES: ExchangeBody[] = [
  {
    kind: 'study_visit',
    fromCountry: 'TR',
    toCountry: 'AZ',
    startsOn: '2026-03-09',
    endsOn: '2026-03-13',
    participants: 12,
    participantRoles: ['foster_care_officers', 'ministry_staff', 'ambassadors'],
    topics: ['ambassadors', 'recruitment', 'awareness_days'],
    materials: [
      { title: 'Gönüllü Elçiler Projesi: uygulama rehberi', link: 'https://example.org/tr/elci-rehberi' },
      { title: 'Elçi eğitim programı (5 oturum)', link: null },
    ],
    evaluationScore: 4.6,
    evaluationAnswered: 11,
    evaluationUse:
      'Bakı və Gəncədə 20 könüllü səfirin hazırlanması; ilkin sorğuların mənbəyinin qeydə alınması.',
    status: 'done',
  },
  {
    kind: 'training',
    fromCountry: 'AZ',
    toCountry: 'TR',
    startsOn: '2026-09-21',
    endsOn: '2026-09-23',
    participants: 18,
    participantRoles: ['social_workers', 'foster_care_officers'],
    topics: ['kinship_care', 'assessment_training'],
    materials: [{ title: 'Qohum yanında qayğı: qiymətləndirmə forması', link: null }],
    evaluationScore: 4.2,
    evaluationAnswered: 15,
    evaluationUse: 'Akraba yanında bakımda aile değerlendirmesinin iki aşamalı yapılması.',
    status: 'done',
  },
  {
    kind: 'joint_supervision',
    fromCountry: 'TR',
    toCountry: 'UZ',
    startsOn: '2026-12-14',
    endsOn: '2026-12-16',
    participants: 8,
    participantRoles: ['social_workers', 'psychologists'],
    topics: ['monitoring_support', 'matching'],
    materials: [],
    evaluationScore: null,
    evaluationAnswered: null,
    evaluationUse: '',
    status: 'planned',
  },
];

async function seedPlans(deps: Deps, days: { fosterFamilyDay: string; azDay: string }) {
  const db = deps.db;
  await insertPlan(
    db,
    { dayId: days.azDay, country: 'AZ', year: 2026 },
    {
      plan: 'Milli Himayədar Ailə Günü: rayonlarda məlumat görüşləri, himayədar ailələrin hekayələri mediada.',
      events: [
        {
          date: '2026-05-31',
          city: 'Bakı',
          kind: 'public_event',
          title: 'Himayədar ailələrlə görüş, Dənizkənarı bulvar',
        },
        {
          date: '2026-05-29',
          city: 'Gəncə',
          kind: 'info_session',
          title: 'Gələcək himayədar valideynlər üçün məlumat görüşü',
        },
      ],
      status: 'done',
    },
  );
  await insertPlan(
    db,
    { dayId: days.fosterFamilyDay, country: 'AZ', year: 2026 },
    {
      plan: 'Beynəlxalq gündə könüllü səfirlərin ilk kampaniyası: 5 şəhərdə stendlər.',
      events: [
        {
          date: '2026-06-30',
          city: 'Sumqayıt',
          kind: 'public_event',
          title: 'Səfirlərin stendi, mərkəzi park',
        },
        {
          date: '2026-06-30',
          city: 'Bakı',
          kind: 'media',
          title: 'Televiziyada himayədar valideynlərlə söhbət',
        },
      ],
      status: 'done',
    },
  );
  await insertPlan(
    db,
    { dayId: days.fosterFamilyDay, country: 'TR', year: 2026 },
    {
      plan: '81 ilde Koruyucu Aile Günü etkinlikleri; gönüllü elçilerle bilgilendirme.',
      events: [
        { date: '2026-06-30', city: 'Ankara', kind: 'ceremony', title: 'Koruyucu Aile Günü töreni' },
        {
          date: '2026-06-28',
          city: 'İstanbul',
          kind: 'info_session',
          title: 'Elçilerle bilgilendirme toplantısı',
        },
      ],
      status: 'done',
    },
  );
}

/** A stable id for a demo document (the same on every seeding). */
function demoId(name: string): string {
  const h = createHash('sha256').update(`yuva-demo-${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * The Foster Family Day 2026 and ambassador documents Azerbaijan and Turkey send the hub: counts
 * in multiples of 5, one withheld (Azerbaijan's approvals from its media campaign: under 5).
 */
export function demoFosterDayDocuments(todayIso: string): UnsignedDocument[] {
  const issuedAt = `${todayIso}T08:00:00.000Z`;
  const doc = (
    country: string,
    kind: UnsignedDocument['kind'],
    payload: Record<string, unknown>,
  ): UnsignedDocument => ({
    format: COOPERATION_FORMAT,
    version: COOPERATION_VERSION,
    id: demoId(`${country}-${kind}-2026`),
    country,
    kind,
    issuedAt,
    payload,
  });
  return [
    doc('AZ', 'foster_day_results', {
      year: 2026,
      day: '2026-06-30',
      observance: 'international',
      campaigns: [
        {
          name: 'Himayədar Ailə Günü 2026',
          startsOn: '2026-05-15',
          endsOn: '2026-07-15',
          events: 25,
          inquiries: 140,
          applications: 35,
          approvals: 10,
        },
        {
          name: 'Ailə hər uşağın haqqıdır (media)',
          startsOn: '2026-06-01',
          endsOn: '2026-06-30',
          events: 5,
          inquiries: 45,
          applications: 10,
          approvals: null,
        },
      ],
      totals: { events: 30, inquiries: 185, applications: 45, approvals: 10 },
      countedAt: todayIso,
    }),
    doc('TR', 'foster_day_results', {
      year: 2026,
      day: '2026-06-30',
      observance: 'international',
      campaigns: [
        {
          name: 'Koruyucu Aile Günü 2026',
          startsOn: '2026-06-01',
          endsOn: '2026-07-31',
          events: 160,
          inquiries: 1250,
          applications: 310,
          approvals: 85,
        },
      ],
      totals: { events: 160, inquiries: 1250, applications: 310, approvals: 85 },
      countedAt: todayIso,
    }),
    doc('AZ', 'ambassadors', {
      year: 2026,
      activeAmbassadors: 20,
      events: 35,
      inquiries: 90,
      approvedFamilies: 5,
      countedAt: todayIso,
    }),
    doc('TR', 'ambassadors', {
      year: 2026,
      activeAmbassadors: 415,
      events: 960,
      inquiries: 2100,
      approvedFamilies: 140,
      countedAt: todayIso,
    }),
  ];
}
