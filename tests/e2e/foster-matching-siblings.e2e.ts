import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { fosterAdult, fosterApplication } from '../support/foster-application';
import { type RunningServer, startServer } from './server';

/**
 * Issue 16 in Azerbaijani: a family approved for a sibling group is recorded (every requirement
 * marked in one save, the count of open ones dropping to 0 on the page at once), then the
 * foster-care officer matches a girl whose brother waits in short-term care: the page counts the
 * brother and ranks the family with room for both of them first.
 */
let server: RunningServer | undefined;
let browser: Browser;

// biome-ignore lint/suspicious/noExplicitAny: JSON answers of the API, read field by field
type Call = (method: string, path: string, body?: unknown) => Promise<any>;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** Signs in through the API and answers with a caller that sends the cookie and CSRF token. */
async function apiAs(username: string, password: string): Promise<Call> {
  const res = await fetch(`${server!.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async (method, path, body) => {
    const r = await fetch(`${server!.url}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await r.json().catch(() => null);
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(data)}`);
    return data;
  };
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(username: string, password: string): Promise<Page> {
  const page = await browser.newPage({ locale: 'az-AZ', viewport: { width: 1280, height: 900 } });
  await page.goto(server!.url);
  await page.getByLabel('İstifadəçi adı').fill(username);
  await page.getByLabel('Şifrə').fill(password);
  await page.getByRole('button', { name: 'Daxil ol' }).click();
  await page.getByRole('heading', { name: /Xoş gəlmisiniz/ }).waitFor();
  return page;
}

/** The value shown under a label of a description list (the page's facts). */
const fact = (page: Page, label: string) =>
  page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd').first();

it('counts the brother who waits, ranks the family approved for siblings first, and marks the requirements in one save', async () => {
  // A brother and a sister, referred together in Ganja, both in short-term care while a family is sought.
  const worker = await apiAs('worker', 'demo-worker-2026');
  const ganja = (await worker('GET', '/api/locations')).items.find(
    (l: { code: string }) => l.code === 'ganja',
  );
  const programmes = await worker('GET', '/api/programmes');
  const shortTerm = (programmes.items ?? programmes).find(
    (p: { code: string }) => p.code === 'ganja-short-term-care',
  );
  const referral = await worker('POST', '/api/referrals', {
    receivedOn: daysAgo(12),
    source: 'guardianship_body',
    reasons: ['parent_death'],
    locationId: ganja.id,
    children: [
      {
        givenName: 'Ülviyyə',
        familyName: 'Kəngərli',
        sex: 'female',
        birthDate: '2018-04-02',
        languages: ['az'],
      },
      {
        givenName: 'Eldəniz',
        familyName: 'Kəngərli',
        sex: 'male',
        birthDate: '2016-08-12',
        languages: ['az'],
      },
    ],
  });
  const [sister] = referral.cases.map((c: { id: string }) => c.id) as string[];
  for (const c of referral.cases)
    await worker('POST', `/api/cases/${c.id}/placements`, {
      settingType: 'short_term',
      programmeId: shortTerm.id,
      orderedBy: 'voluntary',
      startDate: daysAgo(11),
    });

  // A family applies; the officer opens it and marks all nine or so requirements in one save.
  const applied = await fetch(`${server!.url}/api/public/foster-applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'az' },
    body: JSON.stringify(
      fosterApplication({
        country: 'AZ',
        languages: ['az'],
        district: 'Nərimanov',
        address: 'Bakı, Nərimanov rayonu, Təbriz küçəsi 5',
        adults: [
          fosterAdult({ citizenship: 'AZ', residence: 'AZ', givenName: 'Nərmin', familyName: 'Qardaşova' }),
        ],
        children: [],
      }),
    ),
  }).then((r) => r.json());
  const reference = applied.reference as string;
  const officer = await signIn('officer', 'demo-officer-2026');
  const officerApi = await apiAs('officer', 'demo-officer-2026');
  const [family] = (await officerApi('GET', `/api/foster/families?q=${reference}`)).items;
  await officer.goto(`${server!.url}/foster/${family.id}`);
  await officer.getByRole('heading', { name: `Himayədar ailə ${reference}`, level: 1 }).waitFor();
  const open = fact(officer, 'Tamamlanmamış tələblər');
  const count = await officer.getByTestId('foster-requirement').count();
  expect(count).toBeGreaterThanOrEqual(5);
  expect(await open.textContent()).toBe(String(count));
  await officer.getByRole('checkbox', { name: 'Bütün tamamlanmamış tələbləri işarələ' }).check();
  const save = officer.getByRole('button', { name: `İşarələnmişləri saxla (${count})` });
  const answers: string[] = [];
  officer.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/requirements')) answers.push(r.url());
  });
  await save.click();
  // The count drops to 0 on the page itself, without a reload, after one request.
  await expect.poll(() => open.textContent()).toBe('0');
  expect(answers).toHaveLength(1);
  expect(await officer.getByText(/^Tamamlanma tarixi:/).count()).toBe(count);

  // Approved for a sibling group of two.
  let detail = await officerApi('GET', `/api/foster/families/${family.id}`);
  detail = await officerApi('POST', `/api/foster/families/${family.id}/status`, {
    version: detail.version,
    status: 'ready_for_review',
  });
  await officerApi('POST', `/api/foster/families/${family.id}/decision`, {
    version: detail.version,
    outcome: 'approved',
    reason: 'Bütün tələblər yerinə yetirilib.',
    ageMin: 0,
    ageMax: 12,
    childrenMax: 2,
    needs: ['siblings'],
    contractNumber: 'SXA-2026/901',
    certificateNumber: 'HA-000901',
  });

  // Matching for the sister: her brother is counted, and the family with room for both is first.
  await officer.goto(`${server!.url}/cases/${sister}?tab=foster`);
  await officer.getByRole('heading', { name: 'Uşaq üçün uyğun himayədar ailələr' }).waitFor();
  expect(await fact(officer, 'Yerləşdirilməyi gözləyən bacı-qardaşlar').textContent()).toBe('1');
  await officer.getByText(/əvvəlcə hamısı üçün yeri olan ailə/).waitFor();
  const first = officer.getByTestId('foster-match').first();
  expect(await first.getByRole('rowheader').textContent()).toContain(reference);
  const reasons = await first.getByRole('listitem').allInnerTexts();
  expect(reasons).toContain('bacı-qardaşlar üçün də yer var +160');
  expect(reasons).toContain('bacı-qardaşları birlikdə qəbul etmək üçün təsdiqlənib +80');
  await officer.screenshot({ path: 'test-results/foster-matching-siblings-az.png', fullPage: true });
});
