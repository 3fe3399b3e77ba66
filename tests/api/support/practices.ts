import {
  insertCooperationOrganisation,
  insertDelegate,
  insertMemberCountry,
  setHub,
} from '../../../server/db/repositories/cooperation-members.repository';
import type { Session, TestApp } from '../../support/test-app';

/** A hub with AZ, TR and UZ, a ministry each, and a signed-in delegate of each country. */
export async function practiceHub(t: TestApp) {
  await setHub(t.db, true);
  const names = (n: string) => ({ az: n, tr: n, ru: n, en: n });
  for (const code of ['AZ', 'TR', 'UZ'])
    await insertMemberCountry(t.db, { code, names: names(code), joinedOn: '2025-09-18', status: 'member' });
  const org = async (country: string, name: string) =>
    insertCooperationOrganisation(t.db, { country, name, kind: 'ministry' });
  const orgs = {
    AZ: await org('AZ', 'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi'),
    TR: await org('TR', 'Aile ve Sosyal Hizmetler Bakanlığı'),
  };
  const delegate = async (country: string): Promise<Session> => {
    const s = await t.signIn('working_group_member');
    await insertDelegate(t.db, {
      country,
      organisationId: null,
      userId: s.userId,
      fullName: `Delegate ${country}`,
      email: null,
      groupRole: 'member',
      termFrom: '2025-09-18',
      termTo: null,
    });
    return s;
  };
  return { orgs, az: await delegate('AZ'), tr: await delegate('TR'), uz: await delegate('UZ') };
}

export const practiceBody = (over: Record<string, unknown> = {}) => ({
  country: 'TR',
  language: 'tr',
  title: 'Gönüllü elçiler ile koruyucu aile kazandırma',
  summary: 'Eğitimli gönüllü elçiler mahallelerinde koruyucu aileliği anlatır.',
  fullText: 'Uzun metin.',
  topics: ['recruitment', 'ambassadors'],
  evidence: '2024 yılında bilgi talepleri iki katına çıktı.',
  contact: 'koruyucuaile@example.org',
  ambassadorMaterial: false,
  ...over,
});
