import type { Deps } from '../../domain/context';
import {
  insertCooperationOrganisation,
  insertDelegate,
  insertMemberCountry,
  setHub,
} from '../repositories/cooperation-members.repository';
import { findUserByUsername } from '../repositories/users.repository';
import { seedDemoIndicatorDocuments, seedDemoKeys } from './demo-hub-inbox';

export { receiveDemoDocuments } from './demo-hub-inbox';

import { seedExchanges } from './demo-exchanges';
import { seedPractices } from './demo-practices';
import { seedWorkingGroup } from './demo-working-group';

/**
 * The demo installation is also the cooperation hub (decision 0045): the Foster Family Working
 * Group founded by the ministerial declaration of September 2025 (shared/domain.md §10), with
 * Azerbaijan and Turkey as members and Uzbekistan observing. Each area of the space adds its own
 * demo records after this (meetings, practices, exchanges, Foster Family Day).
 */
export async function seedCooperation(deps: Deps, today: string): Promise<void> {
  const db = deps.db;
  await setHub(db, true);
  const joined = '2025-09-18';
  await insertMemberCountry(db, {
    code: 'AZ',
    names: { az: 'Azərbaycan', tr: 'Azerbaycan', ru: 'Азербайджан', en: 'Azerbaijan' },
    joinedOn: joined,
    status: 'member',
  });
  await insertMemberCountry(db, {
    code: 'TR',
    names: { az: 'Türkiyə', tr: 'Türkiye', ru: 'Турция', en: 'Türkiye' },
    joinedOn: joined,
    status: 'member',
  });
  await insertMemberCountry(db, {
    code: 'UZ',
    names: { az: 'Özbəkistan', tr: 'Özbekistan', ru: 'Узбекистан', en: 'Uzbekistan' },
    joinedOn: '2026-03-01',
    status: 'observer',
  });
  const azMinistry = await insertCooperationOrganisation(db, {
    country: 'AZ',
    name: 'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi',
    kind: 'ministry',
  });
  const trMinistry = await insertCooperationOrganisation(db, {
    country: 'TR',
    name: 'Aile ve Sosyal Hizmetler Bakanlığı',
    kind: 'ministry',
  });
  const uzMinistry = await insertCooperationOrganisation(db, {
    country: 'UZ',
    name: 'Министерство занятости и сокращения бедности',
    kind: 'ministry',
  });
  const termFrom = joined;
  const userId = async (username: string) => (await findUserByUsername(db, username))?.id ?? null;
  await insertDelegate(db, {
    country: 'TR',
    organisationId: trMinistry,
    userId: await userId('delegate-tr'),
    fullName: 'Ayşe Yıldırım',
    email: 'ayse.yildirim@example.org',
    groupRole: 'chair',
    termFrom,
    termTo: null,
  });
  await insertDelegate(db, {
    country: 'AZ',
    organisationId: azMinistry,
    userId: await userId('delegate-az'),
    fullName: 'Leyla Məmmədli',
    email: 'leyla.mammadli@example.org',
    groupRole: 'secretary',
    termFrom,
    termTo: null,
  });
  await insertDelegate(db, {
    country: 'UZ',
    organisationId: uzMinistry,
    userId: null,
    fullName: 'Dilnoza Karimova',
    email: null,
    groupRole: 'observer',
    termFrom: '2026-03-01',
    termTo: null,
  });
  // The channel: both countries' keys confirmed, and the indicator documents they sent.
  await seedDemoKeys(deps);
  await seedDemoIndicatorDocuments(deps);
  await seedWorkingGroup(deps, today);
  await seedPractices(deps);
  await seedExchanges(deps);
}
