import { randomUUID } from 'node:crypto';
import type { UnsignedDocument } from '../../../common/contracts/cooperation-documents';
import {
  insertDelegate,
  insertMemberCountry,
  setHub,
} from '../../../server/db/repositories/cooperation-members.repository';
import { type KeyPair, newKeyPair } from '../../../server/domain/cooperation/signature';
import type { Session, TestApp } from '../../support/test-app';

/** A hub for the cooperation tests: AZ and TR as members, an administrator, keys registered. */

export const NAMES = {
  AZ: { az: 'Azərbaycan', tr: 'Azerbaycan', ru: 'Азербайджан', en: 'Azerbaijan' },
  TR: { az: 'Türkiyə', tr: 'Türkiye', ru: 'Турция', en: 'Türkiye' },
};

export async function hubWithMembers(t: TestApp) {
  await setHub(t.db, true);
  for (const code of ['AZ', 'TR'] as const)
    await insertMemberCountry(t.db, { code, names: NAMES[code], joinedOn: '2025-09-18', status: 'member' });
  return t.signIn('admin');
}

/** A delegate of `country` who signs in. */
export async function delegateOf(t: TestApp, country: string): Promise<Session> {
  const session = await t.signIn('working_group_member');
  await insertDelegate(t.db, {
    country,
    organisationId: null,
    userId: session.userId,
    fullName: `Delegate ${country}`,
    email: null,
    groupRole: 'member',
    termFrom: '2025-09-18',
    termTo: null,
  });
  return session;
}

let address = 0;
/** Each registration from its own address unless told (the door counts registrations per address). */
export async function registerKey(
  t: TestApp,
  country: string,
  keys: KeyPair = newKeyPair(),
  remoteAddress = `10.0.${Math.floor(++address / 250)}.${address % 250}`,
) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/hub/keys',
    remoteAddress,
    payload: {
      country,
      publicKey: keys.publicKey,
      organisation: `Ministry of ${country}`,
      contact: 'it@example.org',
    },
  });
  return { res, keys };
}

/** Registers a new key for the country and confirms it as the hub's administrator. */
export async function confirmedKey(t: TestApp, admin: Session, country: string): Promise<KeyPair> {
  const { res, keys } = await registerKey(t, country);
  if (res.statusCode !== 200) throw new Error(res.body);
  const [row] = await t.db.query<{ id: string }>('select id from country_keys where fingerprint = $1', [
    res.json().fingerprint,
  ]);
  const confirmed = await admin.request('POST', `/api/cooperation/keys/${row!.id}/confirm`);
  if (confirmed.statusCode !== 200) throw new Error(confirmed.body);
  return keys;
}

/** An indicators payload as a country's Yuva exports it: counts multiples of 5, small ones withheld. */
export function indicatorsPayload(country: string, n: number | null = 25) {
  return {
    format: 'yuva-indicators',
    version: 1,
    country,
    organisation: `Ministry of ${country}`,
    generatedAt: '2026-01-05T10:00:00.000Z',
    period: { from: '2025-01-01', to: '2025-12-31', asAt: '2025-12-31' },
    threshold: 5,
    rounding: 5,
    indicators: [
      {
        id: 'children_in_care',
        unit: 'children',
        columns: ['setting', 'n'],
        rows: [
          { setting: 'foster', n },
          { setting: 'kinship', n: null },
        ],
        summary: { total: 40, youngAdults: null },
        drillDown: null,
      },
    ],
  };
}

export function indicatorsDocument(
  country: string,
  payload: object = indicatorsPayload(country),
): UnsignedDocument {
  return {
    format: 'yuva-cooperation',
    version: 1,
    id: randomUUID(),
    country,
    kind: 'indicators',
    issuedAt: '2026-11-25T08:00:00.000Z',
    payload: payload as Record<string, unknown>,
  };
}

export async function keptDocuments(t: TestApp): Promise<number> {
  const [row] = await t.db.query<{ n: number }>('select count(*)::int as n from cooperation_documents');
  return row!.n;
}
