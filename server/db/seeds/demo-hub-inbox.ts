import { randomUUID } from 'node:crypto';
import type { UnsignedDocument } from '../../../common/contracts/cooperation-documents';
import type { ExchangeDocument } from '../../../common/contracts/indicator-exchange';
import type { Deps } from '../../domain/context';
import { receiveDocument } from '../../domain/cooperation/hub-inbox.service';
import { confirmKey } from '../../domain/cooperation/hub-keys.service';
import { fingerprint, newKeyPair, signDocument } from '../../domain/cooperation/signature';
import { indicatorSet } from '../../domain/indicators/exchange.service';
import { setOwnCountryKeys } from '../repositories/cooperation-register.repository';
import { insertCountryKey } from '../repositories/country-keys.repository';
import { demoContext } from './demo-actors';

/**
 * The demo hub's channel (decision 0045): a key pair for Azerbaijan and one for Turkey, each
 * registered and confirmed as two administrators would, and the documents the two countries sent.
 * Azerbaijan's pair is this installation's own (the demo is also Azerbaijan's Yuva); Turkey's
 * private key belongs to Turkey's Yuva and is held only in memory while the seed runs, never in
 * the database — the hub keeps public keys only.
 */
const demoSigningKeys = new Map<string, string>();

export async function seedDemoKeys(deps: Deps): Promise<void> {
  const admin = await demoContext(deps.db, 'admin');
  for (const [country, organisation, contact] of [
    ['AZ', 'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi', 'yuva-admin@example.az'],
    ['TR', 'Aile ve Sosyal Hizmetler Bakanlığı', 'yuva-yonetici@example.gov.tr'],
  ] as const) {
    const keys = newKeyPair();
    if (country === 'AZ') await setOwnCountryKeys(deps.db, country, keys);
    const id = await insertCountryKey(deps.db, {
      country,
      publicKey: keys.publicKey,
      fingerprint: fingerprint(keys.publicKey),
      organisation,
      contact,
    });
    await confirmKey(deps, admin, id!);
    demoSigningKeys.set(country, keys.privateKey);
  }
}

/**
 * Other areas' demo documents, as the countries would push them: each signed with its country's
 * demo key and received through the hub's own checks (so a demo document that would be refused
 * fails the seed). Call after `seedCooperation`.
 */
export async function receiveDemoDocuments(deps: Deps, documents: UnsignedDocument[]) {
  const admin = await demoContext(deps.db, 'admin');
  const receipts = [];
  for (const document of documents) {
    const key = demoSigningKeys.get(document.country);
    if (!key) throw new Error(`no demo key for ${document.country}: seed the cooperation space first`);
    receipts.push(await receiveDocument(deps, admin, signDocument(document, key), 'network'));
  }
  return receipts;
}

/** A document to push, issued now. */
export function demoDocument(
  deps: Deps,
  country: string,
  kind: UnsignedDocument['kind'],
  payload: object,
): UnsignedDocument {
  return {
    format: 'yuva-cooperation',
    version: 1,
    id: randomUUID(),
    country,
    kind,
    issuedAt: deps.clock.now().toISOString(),
    payload: payload as Record<string, unknown>,
  };
}

/** Azerbaijan's 2025 indicators from this installation's own figures, and Turkey's beside them. */
export async function seedDemoIndicatorDocuments(deps: Deps): Promise<void> {
  const az = await indicatorSet(deps, await demoContext(deps.db, 'director'), 2025);
  await receiveDemoDocuments(deps, [
    demoDocument(deps, 'AZ', 'indicators', az),
    demoDocument(deps, 'TR', 'indicators', turkishFigures(az)),
  ]);
}

/** Counts in an indicator set (as the small-cell check reads them); shares, days and rates are not. */
const COUNTS = new Set([
  'n',
  'numerator',
  'denominator',
  'total',
  'held',
  'missed',
  'leftResidential',
  'youngAdults',
  'stays',
  'children',
  'entryStays',
  'residential',
  'familyLike',
  'familyBased',
  'population',
]);

/**
 * Made-up Turkish figures of the same indicators: a larger country (every count six times
 * Azerbaijan's, so shares and rates stay plausible and counts stay multiples of 5), with the
 * after-care and family-contact figures withheld as small cells would be.
 */
export function turkishFigures(az: ExchangeDocument): ExchangeDocument {
  const withheld = new Set(['after_care', 'family_contact']);
  const scale = (key: string, value: unknown, withhold: boolean) => {
    if (typeof value !== 'number' || !COUNTS.has(key)) return value;
    if (withhold) return null;
    // Türkiye's children are not Azerbaijan's times six: its rates differ from ours (about 1.5×).
    return key === 'population' ? value * 4 : value * 6;
  };
  return {
    ...az,
    country: 'TR',
    organisation: 'Aile ve Sosyal Hizmetler Bakanlığı',
    indicators: az.indicators.map((i) => {
      const withhold = withheld.has(i.id);
      const rows = i.rows.map((r) =>
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, scale(k, v, withhold)])),
      );
      const summary = Object.fromEntries(
        Object.entries(i.summary).map(([k, v]) => [k, scale(k, v, withhold) as number | null]),
      );
      return i.unit === 'days' ? { ...i } : { ...i, rows: rows as typeof i.rows, summary };
    }),
  };
}
