import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatDate } from '../../common/i18n/format';
import { launchChromium } from './browser';
import { type RunningServer, startServer } from './server';

/**
 * Foster care in Azerbaijani, as the foster-care officer does it: a family approved through the
 * API, then in the browser the officer opens a child's case, sees the family ranked with the
 * reasons for its score, places the child with it, finds the first monitoring visit on the start
 * page and records it as held.
 */
let server: RunningServer;
let browser: Browser;

const CHILD = { given: 'Səbinə', family: 'Fosterova', born: '2019-05-20' };
const iso = (d: Date) => d.toISOString().slice(0, 10);
const daysAgo = (n: number) => iso(new Date(Date.now() - n * 86_400_000));
const exactly = (label: string) => new RegExp(`^${label}( \\*)?$`);

// biome-ignore lint/suspicious/noExplicitAny: JSON answers of the API, read field by field
type Call = (method: string, path: string, body?: unknown) => Promise<any>;

/** Signs in through the API and answers with a caller that sends the cookie and CSRF token. */
async function apiAs(username: string, password: string): Promise<Call> {
  const res = await fetch(`${server.url}/api/auth/login`, {
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
    const r = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        'accept-language': 'az',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await r.json().catch(() => null);
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(data)}`);
    return data;
  };
}

/**
 * A family applies through the public form; the officer completes every requirement, moves the
 * assessment to review and approves it.
 */
async function approvedFamily(officer: Call): Promise<string> {
  const adult = (givenName: string, birthDate: string) => ({
    givenName,
    familyName: 'Himayəçiyeva',
    birthDate,
    education: 'higher',
    regularIncome: true,
    citizenship: 'AZ',
    residence: 'AZ',
    applicant: true,
  });
  const res = await fetch(`${server.url}/api/public/foster-applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'az' },
    body: JSON.stringify({
      country: 'AZ',
      twoParent: true,
      address: 'Gəncə, Nizami küçəsi 12',
      district: 'Gəncə',
      phone: '+994 50 000 00 00',
      languages: ['az'],
      adults: [adult('Nigar', '1983-02-14'), adult('Samir', '1981-09-03')],
    }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  const { reference } = (await res.json()) as { reference: string };
  const list = await officer('GET', '/api/foster/families?country=AZ&pageSize=200');
  const id = list.items.find((f: { reference: string }) => f.reference === reference).id as string;
  let detail = await officer('GET', `/api/foster/families/${id}`);
  for (const r of detail.requirements)
    await officer('PUT', `/api/foster/requirements/${r.id}`, {
      version: r.version,
      status: 'complete',
      completedOn: daysAgo(60),
    });
  detail = await officer('GET', `/api/foster/families/${id}`);
  detail = await officer('POST', `/api/foster/families/${id}/status`, {
    version: detail.version,
    status: 'ready_for_review',
  });
  // Ages 4–10: a child of seven is right in the middle (the full 20 points for age).
  await officer('POST', `/api/foster/families/${id}/decision`, {
    version: detail.version,
    outcome: 'approved',
    reason: 'Bütün tələblər yerinə yetirilib.',
    ageMin: 4,
    ageMax: 10,
    childrenMax: 2,
    contractNumber: 'SXA-2026/77',
    certificateNumber: 'HA-000777',
  });
  return reference;
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
  await page.goto(server.url);
  await page.getByLabel('İstifadəçi adı').fill(username);
  await page.getByLabel('Şifrə').fill(password);
  await page.getByRole('button', { name: 'Daxil ol' }).click();
  await page.getByRole('heading', { name: /Xoş gəlmisiniz/ }).waitFor();
  return page;
}

it('the officer sees an approved family ranked for a child, places the child with it and records the first monitoring visit', async () => {
  const officerApi = await apiAs('officer', 'demo-officer-2026');
  const workerApi = await apiAs('worker', 'demo-worker-2026');
  const reference = await approvedFamily(officerApi);
  const ganja = (await workerApi('GET', '/api/locations')).find((l: { code: string }) => l.code === 'ganja');
  const referral = await workerApi('POST', '/api/referrals', {
    receivedOn: daysAgo(50),
    source: 'guardianship_body',
    reasons: ['parent_death'],
    locationId: ganja.id,
    children: [
      {
        givenName: CHILD.given,
        familyName: CHILD.family,
        sex: 'female',
        birthDate: CHILD.born,
        languages: ['az'],
      },
    ],
  });
  const caseId = referral.cases[0].id as string;

  // The officer opens the child's case on the foster family tab.
  const page = await signIn('officer', 'demo-officer-2026');
  await page.goto(`${server.url}/cases/${caseId}`);
  await page.getByRole('heading', { name: `${CHILD.family} ${CHILD.given}` }).waitFor();
  await page.getByRole('tab', { name: 'Himayədar ailə' }).click();
  await page.getByRole('heading', { name: 'Uşaq üçün uyğun himayədar ailələr' }).waitFor();
  expect(new URL(page.url()).searchParams.get('tab')).toBe('foster');

  // The family is ranked with its reasons: age in the middle of its approval, the same language.
  const row = page.getByTestId('foster-match').filter({ hasText: reference });
  await row.waitFor();
  await expect
    .poll(() => row.getByRole('listitem').allInnerTexts())
    .toEqual(['yaş uyğundur +20', 'eyni dil +15']);
  expect(await row.getByRole('cell').nth(1).textContent()).toBe('35');
  // Families approved for younger children are listed after, with the reason and nothing to do.
  const excluded = page.getByTestId('foster-excluded');
  if ((await excluded.count()) > 0) {
    expect(await excluded.first().textContent()).toMatch(/yaşlı uşaqlar üçün təsdiqlənib/);
    expect(await excluded.first().getByRole('button').count()).toBe(0);
  }

  // Placed with the family from five weeks ago (the order of the guardianship body).
  const startDate = daysAgo(35);
  await row.getByRole('button', { name: `Bu ailəyə yerləşdir: ${reference}` }).click();
  const form = page.getByRole('region', { name: /Himayədar ailəyə yerləşdirmə/ });
  await form.getByLabel(exactly('Başlama tarixi')).fill(startDate);
  await form.getByLabel(exactly('Kimin qərarı ilə')).selectOption('administrative');
  await form.getByLabel('Qərarın nömrəsi').fill('QO-2026/311');
  await form.getByRole('button', { name: 'Uşağı bu ailəyə yerləşdir' }).click();

  // The placement with its adjustment period.
  const placement = page.getByRole('region', { name: 'Himayədar ailədə yerləşdirmə' });
  await placement.waitFor();
  const [saved] = await officerApi('GET', `/api/cases/${caseId}/placements`);
  expect(saved).toMatchObject({ settingType: 'foster', startDate });
  expect(saved.adjustmentUntil > startDate).toBe(true);
  await placement.getByText(formatDate('az', saved.adjustmentUntil), { exact: true }).waitFor();
  await placement.getByText(reference).waitFor();

  // The first monitoring visit, a month after the start, is overdue: it is on the start page.
  await page.getByRole('link', { name: 'Əsas səhifə' }).click();
  const due = page.getByTestId('visit-due').filter({ hasText: `${CHILD.given} ${CHILD.family}` });
  await due.waitFor();
  await due.getByText('Gecikib').waitFor();
  await due.getByRole('link').click();
  await page.getByRole('heading', { name: 'Monitorinq səfərləri' }).waitFor();
  expect(new URL(page.url()).searchParams.get('tab')).toBe('foster');

  // The officer records it as held, with the report and how the child is doing.
  const first = page.getByTestId('foster-visit').first();
  await first.getByText('Gecikib').waitFor();
  await first.getByRole('button', { name: /Səfəri qeyd et/ }).click();
  const visit = page.getByRole('region', { name: /monitorinq səfərini qeyd et/ });
  await visit.getByLabel('Keçirildiyi tarix').fill(daysAgo(1));
  await visit.getByLabel(/Uşağın rifahı/).selectOption('4');
  await visit
    .getByLabel(/Səfər haqqında hesabat/)
    .fill('Uşaq ailəyə yaxşı uyğunlaşıb, məktəbə gedir, yaxşı yatır.');
  await visit.getByRole('button', { name: 'Səfəri yadda saxla' }).click();
  await visit.waitFor({ state: 'detached' });
  await first.getByText('Keçirilib').waitFor();
  expect(await first.textContent()).toContain('4 — yaxşı');
  expect(await first.getByText('Gecikib').count()).toBe(0);

  // The allowance ledger starts with the month of the placement.
  await page.getByTestId('ledger-month').first().waitFor();
  expect(await page.getByTestId('ledger-month').first().textContent()).toContain(
    formatDate('az', startDate, 'month'),
  );
  await page.screenshot({ path: 'test-results/foster-match-az.png', fullPage: true });
});
