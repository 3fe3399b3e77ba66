import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { tightenDataDir } from '../../server/db/data-folder';
import { openPglite } from '../../server/db/pglite';
import { type RunningServer, startServer } from './server';
import { apiAs } from './session';

/**
 * Issue 17's "done means": two countries' own Yuva and the cooperation hub, three real servers.
 * The hub is the demo (its working group: delegate-az, the secretary, and delegate-tr, the chair);
 * Azerbaijan's and Türkiye's installations are copies of the demo with the hub switched off and no
 * key yet — Türkiye's locations made Turkish. Each country's administrator registers a new key,
 * the hub's administrator confirms it after comparing fingerprints, and each country's director
 * pushes its signed indicator document; Türkiye also shares a practice written in Turkish. On the
 * hub the two countries are compared, an Azerbaijani delegate translates the practice and records
 * that Azerbaijan adopted it, and an action item from a meeting's decision comes up overdue on her
 * start page. A tampered and a replayed document are refused. (That a working-group member gets
 * 403 on every child route is the authorisation matrix's, tests/api/access-matrix.test.ts.)
 */

let hub: RunningServer | undefined;
const countries = new Map<'AZ' | 'TR', { server: RunningServer; dir: string }>();
let browser: Browser;
const YEAR = 2025;
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

/** A copy of the seeded demo as a country's own Yuva: not a hub, no key, its locations in `country`. */
async function countryInstallation(country: 'AZ' | 'TR') {
  const dir = mkdtempSync(join(tmpdir(), `yuva-e2e-${country.toLowerCase()}-`));
  cpSync(inject('seededDataDir'), dir, { recursive: true });
  tightenDataDir(dir);
  const db = await openPglite({ dataDir: dir });
  try {
    await db.query('update locations set country = $1', [country]);
    await db.query(
      'update cooperation_settings set is_hub = false, country = null, public_key = null, private_key = null, hub_url = null',
    );
  } finally {
    await db.close();
  }
  countries.set(country, { server: await startServer({}, { dataDir: dir }), dir });
}

beforeAll(async () => {
  hub = await startServer();
  await countryInstallation('AZ');
  await countryInstallation('TR');
  browser = await launchChromium();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
  for (const { server, dir } of countries.values()) {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

const url = (country: 'AZ' | 'TR') => countries.get(country)!.server.url;

/** The country's administrator links it to the hub; the hub's administrator trusts the key. */
async function connect(country: 'AZ' | 'TR') {
  const admin = await apiAs(url(country), 'admin', 'demo-admin-2026');
  const hubAdmin = await apiAs(hub!.url, 'admin', 'demo-admin-2026');
  const before = await admin('GET', '/api/cooperation/connection');
  expect(before.state).toBe('not_set_up');
  const saved = await admin('PUT', '/api/cooperation/connection', {
    version: before.version,
    country,
    hubUrl: hub!.url,
    organisation: country === 'TR' ? 'Aile ve Sosyal Hizmetler Bakanlığı' : 'SOS Uşaq Kəndləri Azərbaycan',
    contact: country === 'TR' ? 'Ayşe Yıldırım' : 'Aygün Həsənova',
  });
  expect(saved.privateKey).toBeUndefined();
  const registered = await admin('POST', '/api/cooperation/connection/register', { version: saved.version });
  expect(registered.state).toBe('registered');
  // The hub's administrator finds the pending key by the fingerprint read out on the telephone.
  const keys = await hubAdmin('GET', '/api/cooperation/keys');
  const pending = keys.items.find(
    (k: { fingerprint: string; status: string }) =>
      k.fingerprint === registered.fingerprint && k.status === 'pending',
  );
  expect(pending?.country).toBe(country);
  await hubAdmin('POST', `/api/cooperation/keys/${pending.id}/confirm`, {});
  const confirmed = await admin('POST', '/api/cooperation/connection/confirm', {
    version: registered.version,
    fingerprint: registered.fingerprint,
  });
  expect(confirmed.state).toBe('confirmed');
}

it('links both countries to the hub; each pushes its signed indicators and the hub compares them', async () => {
  for (const country of ['TR', 'AZ'] as const) {
    await connect(country);
    const director = await apiAs(url(country), 'director', 'demo-director-2026');
    const push = await director('POST', '/api/cooperation/pushes/indicators', { year: YEAR, via: 'network' });
    expect(push.status).toBe('accepted');
  }
  const delegate = await apiAs(hub!.url, 'delegate-az', 'demo-delegate-az-2026');
  const compared = await delegate('GET', `/api/cooperation/figures?from=${YEAR}&to=${YEAR}`);
  const formalCare = compared.figures.find((f: { id: string }) => f.id === 'in_care_per_100k');
  const shownFor = (country: string) =>
    formalCare.cells.find((c: { country: string; year: number }) => c.country === country && c.year === YEAR);
  for (const country of ['AZ', 'TR']) {
    expect(shownFor(country)?.status).toBe('shown');
    expect(shownFor(country)?.value).toBeGreaterThan(0);
  }
  // The documents just pushed are the ones compared (issued today), not the demo's.
  expect(shownFor('TR').source.issuedAt.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
});

it('refuses a tampered and a replayed document', async () => {
  const director = await apiAs(url('TR'), 'director', 'demo-director-2026');
  const file = await director.raw('POST', '/api/cooperation/pushes/indicators', { year: YEAR, via: 'file' });
  expect(file.status).toBe(200);
  const signed = file.body;
  const post = (body: unknown) =>
    fetch(`${hub!.url}/api/hub/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, body: await r.json() }));
  const tampered = structuredClone(signed);
  tampered.payload.organisation = 'Someone else';
  const refused = await post(tampered);
  expect(refused.status).toBe(422);
  expect(JSON.stringify(refused.body)).toContain('document_signature_invalid');
  expect((await post(signed)).status).toBe(201);
  const replayed = await post(signed);
  expect(replayed.status).toBe(409);
  expect(JSON.stringify(replayed.body)).toContain('document_replayed');
});

async function signIn(username: string, password: string): Promise<Page> {
  const page = await browser.newPage({ locale: 'az-AZ', viewport: { width: 1280, height: 900 } });
  await page.goto(hub!.url);
  await page.getByLabel('İstifadəçi adı').fill(username);
  await page.getByLabel('Şifrə').fill(password);
  await page.getByRole('button', { name: 'Daxil ol' }).click();
  await page.getByRole('navigation').first().waitFor();
  return page;
}

const PRACTICE = {
  title: 'Gönüllü elçilerle mahalle buluşmaları',
  summary: 'Eğitimli gönüllüler mahallelerde koruyucu aileliği anlatır ve soruları yanıtlar.',
};

it('a Turkish practice reaches the hub; an Azerbaijani delegate translates it and records its adoption', async () => {
  const director = await apiAs(url('TR'), 'director', 'demo-director-2026');
  const shared = await director('POST', '/api/cooperation/pushes/practice', {
    via: 'network',
    ...PRACTICE,
    fullText:
      'Her ilde eğitimli gönüllü elçiler, muhtarlıklar ve okullarla birlikte aylık buluşmalar düzenler. Buluşmalardan gelen bilgi talepleri ayrıca izlenir.',
    language: 'tr',
    topics: ['ambassadors', 'recruitment'],
    evidence: 'İlk yılda bilgi taleplerinin üçte biri buluşmalardan geldi.',
    contact: 'Ayşe Yıldırım',
    organisation: 'Aile ve Sosyal Hizmetler Bakanlığı',
    ambassadorMaterial: false,
  });
  expect(shared.status).toBe('accepted');

  const page = await signIn('delegate-az', 'demo-delegate-az-2026');
  await page.goto(`${hub!.url}/cooperation/practices`);
  await page.getByRole('link', { name: PRACTICE.title }).click();
  await page.getByRole('heading', { name: PRACTICE.title }).waitFor();
  await page.getByRole('button', { name: /Tərcümə edin: Azərbaycan/ }).click();
  const translation = page.locator('#translation');
  await translation.getByLabel('Başlıq').fill('Könüllü səfirlərlə məhəllə görüşləri');
  await translation
    .getByLabel('Xülasə')
    .fill('Təlim keçmiş könüllülər məhəllələrdə himayədar ailəliyi izah edir və suallara cavab verir.');
  await translation
    .getByLabel('Tam mətn')
    .fill('Hər bölgədə təlim keçmiş könüllü səfirlər məktəblərlə birlikdə aylıq görüşlər təşkil edir.');
  await translation.getByRole('button', { name: 'Yadda saxla' }).click();
  await page.getByRole('heading', { name: 'Könüllü səfirlərlə məhəllə görüşləri' }).waitFor();

  await page.getByRole('button', { name: 'Biz bunu tətbiq etdik / uyğunlaşdırdıq' }).click();
  const adoption = page.locator('#adoption');
  // Her own country is filled in; she says when and how.
  expect(await adoption.getByLabel(/^Ölkə/).inputValue()).toBe('AZ');
  await adoption.getByLabel(/^Tarix/).fill(new Date().toISOString().slice(0, 10));
  await adoption.getByLabel('Qeydlər').fill('Gəncədə iki görüşlə başladıq.');
  await adoption.getByRole('button', { name: 'Yadda saxla' }).click();
  await page.getByRole('cell', { name: 'Olduğu kimi tətbiq edildi' }).waitFor();
  await page.close();

  const delegate = await apiAs(hub!.url, 'delegate-az', 'demo-delegate-az-2026');
  const found = await delegate('GET', `/api/cooperation/practices?q=${encodeURIComponent('səfirlərlə')}`);
  const practice = found.items.find((p: { country: string }) => p.country === 'TR');
  expect(practice).toBeDefined();
  const detail = await delegate('GET', `/api/cooperation/practices/${practice.id}`);
  expect(detail.language).toBe('tr');
  expect(detail.translations.map((t: { language: string }) => t.language)).toContain('az');
  expect(detail.adoptions.map((a: { country: string }) => a.country)).toEqual(['AZ']);
});

it("a meeting's decision gives Azerbaijan an action item that comes up overdue on the delegate's start page", async () => {
  const chair = await apiAs(hub!.url, 'delegate-tr', 'demo-delegate-tr-2026');
  const meeting = await chair('POST', '/api/cooperation/meetings', {
    heldAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
    online: true,
    title: 'Çevrim içi ara toplantı',
    language: 'tr',
    agenda: [{ title: 'Koruyucu Aile Günü hazırlıkları', notes: '' }],
    attendance: [],
    minutes: 'Kısa bir toplantı.',
    decisions: [{ text: 'Azerbaycan elçi eğitim planını paylaşır.' }],
  });
  const title = 'Səfirlərin təlim planını paylaşmaq';
  await chair('POST', '/api/cooperation/action-items', {
    decisionId: meeting.decisions[0].id,
    title,
    ownerCountry: 'AZ',
    dueOn: yesterday(),
  });
  const page = await signIn('delegate-az', 'demo-delegate-az-2026');
  const item = page.getByTestId('my-action').filter({ hasText: title });
  await item.waitFor();
  await item.getByText('Vaxtı keçib').waitFor();
  await page.close();
});
