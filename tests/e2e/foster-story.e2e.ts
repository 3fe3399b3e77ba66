import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatDate } from '../../common/i18n/format';
import { launchChromium } from '../../scripts/lib/chromium';
import { type RunningServer, startServer } from './server';

/**
 * The whole of foster care in Azerbaijani, in one story: a family in Baku applies on the public
 * form on a phone and sends a document through its private status link; the foster-care officer
 * sees the document, works the application through (requirements, home study, ready for review),
 * records the family's office area and approves it with the contract and certificate numbers
 * Azerbaijan needs; the family's status page shows the approval. Then a child is referred in
 * Baku: the officer sees the family ranked for her with the reasons, places her with it, finds
 * the first monitoring visit on the start page and records it.
 */
let server: RunningServer | undefined;
let browser: Browser;

// biome-ignore lint/suspicious/noExplicitAny: JSON answers of the API, read field by field
type Call = (method: string, path: string, body?: unknown) => Promise<any>;
const CHILD = { given: 'Səbinə', family: 'Fosterova', born: '2019-05-20' };
const iso = (d: Date) => d.toISOString().slice(0, 10);
const daysAgo = (n: number) => iso(new Date(Date.now() - n * 86_400_000));

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

/** A label as shown, with or without the asterisk of a required field. */
const exactly = (label: string) => new RegExp(`^${label.replace(/[()]/g, '\\$&')}( \\*)?$`);

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

it('a family applies in Azerbaijani, the officer assesses and approves it, matches a child and records the first visit', async () => {
  // The family, signed out, on a phone.
  const family = await browser.newPage({ locale: 'az-AZ', viewport: { width: 375, height: 800 } });
  await family.goto(`${server!.url}/apply`);
  await family.getByRole('heading', { name: 'Himayədar ailə olmaq üçün müraciət', level: 1 }).waitFor();
  await family.getByLabel(exactly('Ölkə')).selectOption('AZ');
  await family.getByLabel('Tək valideyn').check();
  await family
    .getByLabel(exactly('Ünvan'))
    .fill('Bakı şəhəri, Nəsimi rayonu, Azadlıq prospekti 15, mənzil 7');
  // The district is chosen from the places of the country (the browser's own list, cities first).
  await family.getByLabel(exactly('Şəhər və ya rayon')).selectOption({ label: 'Nəsimi (Bakı)' });
  await family.getByLabel(exactly('Telefon')).fill('+994 50 555 12 34');
  await family.getByLabel('Azərbaycan dili').check();
  await family
    .getByLabel('Niyə himayədar ailə olmaq istəyirsiniz')
    .fill('Uşaqları çox sevirəm, evimiz genişdir.');
  const adult = family.getByRole('group', { name: 'Böyük 1' });
  await adult.getByLabel(exactly('Soyad')).fill('Quliyeva');
  await adult.getByLabel(exactly('Ad')).fill('Səbinə');
  await adult.getByLabel(exactly('Ata adı')).fill('Rauf qızı');
  await adult.getByLabel(exactly('Doğum tarixi')).fill('1984-04-12');
  await adult.getByLabel(exactly('Təhsil')).selectOption('higher');
  // Without a regular income the rules are not met, and the form says so as she types.
  await family.getByText('Ən azı bir müraciət edənin daimi gəliri olmalıdır.').waitFor();
  await adult.getByLabel('Daimi gəliri var').check();
  await family.getByText('əsas qaydalara uyğundur').waitFor();
  await family.getByRole('button', { name: 'Uşaq əlavə et' }).click();
  const child = family.getByRole('group', { name: 'Uşaq 1' });
  expect(await child.getByLabel(exactly('Soyad')).inputValue()).toBe('Quliyeva');
  await child.getByLabel(exactly('Ad')).fill('Aysel');
  await child.getByLabel(exactly('Doğum tarixi')).fill('2012-09-01');
  // The robots' field is there, empty, out of the keyboard's way.
  const honeypot = family.locator('input[name="website"]');
  expect(await honeypot.inputValue()).toBe('');
  expect(await honeypot.getAttribute('tabindex')).toBe('-1');
  await family.getByRole('button', { name: 'Müraciəti göndər' }).click();

  await family.getByRole('heading', { name: 'Müraciətiniz qəbul edildi' }).waitFor();
  const reference = (await family.getByTestId('foster-reference').textContent())!.trim();
  expect(reference).toMatch(/^FF-AZ-\d{4}-\d+$/);
  const link = family.getByTestId('foster-status-link');
  const statusUrl = (await link.textContent())!.trim();
  expect(statusUrl.startsWith(`${server!.url}/apply/status/`)).toBe(true);
  await family.getByText('Bu keçidi və müraciət nömrəsini saxlayın').waitFor();
  await link.click();
  await family.getByRole('heading', { name: 'Himayədar ailə müraciətiniz' }).waitFor();
  expect(await family.getByTestId('foster-reference').textContent()).toBe(reference);
  expect(await family.getByTestId('foster-status').textContent()).toBe('Müraciət');
  await family.getByRole('cell', { name: /Məhkumluq haqqında arayış/ }).waitFor();

  // The family sends its criminal-record certificate through the link.
  await family.getByRole('heading', { name: 'Sənəd göndərin' }).waitFor();
  await family.locator('input[type="file"]').setInputFiles({
    name: 'məhkumluq-arayışı.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  });
  await family.getByRole('button', { name: 'Sənədi göndər' }).click();
  await family.getByText('məhkumluq-arayışı.pdf qəbul edildi.').waitFor();

  // The officer opens the application.
  const officer = await signIn('officer', 'demo-officer-2026');
  await officer.getByRole('link', { name: 'Himayədar ailələr' }).click();
  await officer.getByRole('heading', { name: 'Himayədar ailələr', level: 1 }).waitFor();
  await officer.getByRole('link', { name: reference }).click();
  await officer.getByRole('heading', { name: `Himayədar ailə ${reference}`, level: 1 }).waitFor();
  await officer.getByRole('cell', { name: 'Səbinə Quliyeva' }).first().waitFor();
  // The document the family sent is in its file, marked as sent by the family.
  await officer.getByRole('link', { name: /məhkumluq-arayışı\.pdf/ }).waitFor();
  // The family lives in Baku: the officer records the office area (matching scores nearness by it).
  await officer.getByTestId('foster-location-select').selectOption({ label: 'Bakı' });
  await officer.getByRole('button', { name: 'Məkanı saxla' }).click();
  await expect.poll(() => officer.getByTestId('foster-location').textContent()).toBe('Bakı');

  // Every requirement complete, today, in one save.
  const count = await officer.getByTestId('foster-requirement').count();
  expect(count).toBeGreaterThanOrEqual(5);
  await officer.getByRole('checkbox', { name: 'Bütün tamamlanmamış tələbləri işarələ' }).check();
  await officer.getByRole('button', { name: `İşarələnmişləri saxla (${count})` }).click();
  await expect.poll(() => officer.getByText(/^Tamamlanma tarixi:/).count()).toBe(count);

  // A home-study report.
  await officer.getByLabel(exactly('Tövsiyə')).selectOption('approve');
  await officer
    .getByLabel(exactly('Nəticələr'))
    .fill('Ev səliqəlidir, uşaq üçün ayrıca otaq var. Ailə hazırdır və dəstəkləyicidir.');
  await officer.getByRole('button', { name: 'Hesabatı saxla' }).click();
  await officer.getByTestId('foster-home-study').waitFor();

  // Ready for review.
  await officer.getByRole('button', { name: 'Baxılmağa hazırdır' }).click();
  await officer.getByRole('button', { name: 'Baxılmağa hazırdır' }).waitFor({ state: 'detached' });

  // The approval, with the terms and Azerbaijan's contract and certificate numbers.
  await officer.getByLabel('Təsdiq et').check();
  await officer.getByLabel(exactly('Uşaqların yaşı (-dan)')).fill('6');
  await officer.getByLabel(exactly('Uşaqların yaşı (-dək)')).fill('14');
  await officer.getByLabel(exactly('Uşaqların sayı')).fill('2');
  await officer.getByLabel('Bacı-qardaşlar birlikdə').check();
  await officer.getByLabel(exactly('Müqavilənin nömrəsi')).fill('M-2026/145');
  await officer.getByLabel(exactly('Himayədar ailə şəhadətnaməsinin nömrəsi')).fill('HŞ-00871');
  await officer
    .getByLabel(exactly('Əsaslandırma'))
    .fill('Bütün tələblər yerinə yetirilib; ev şəraiti uyğundur.');
  await officer.getByRole('button', { name: 'Qərarı qeyd et' }).click();
  await officer.getByText('M-2026/145').waitFor();
  await officer.getByText('6–14 yaş').waitFor();

  // The family sees it.
  await family.reload();
  await family.getByRole('heading', { name: 'Himayədar ailə müraciətiniz' }).waitFor();
  expect(await family.getByTestId('foster-status').textContent()).toBe('Təsdiq edilib');
  await family.getByText('Ailəniz himayədar ailə kimi təsdiq edilib.').waitFor();
  // A girl of seven is referred in Baku; the officer opens her case on the foster family tab.
  const workerApi = await apiAs('worker.baku', 'demo-worker-baku-2026');
  const baku = (await workerApi('GET', '/api/locations')).items.find(
    (l: { code: string }) => l.code === 'baku',
  );
  const referral = await workerApi('POST', '/api/referrals', {
    receivedOn: daysAgo(50),
    source: 'guardianship_body',
    reasons: ['parent_death'],
    locationId: baku.id,
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
  await officer.goto(`${server!.url}/cases/${caseId}`);
  await officer.getByRole('heading', { name: `${CHILD.family} ${CHILD.given}` }).waitFor();
  await officer.getByRole('tab', { name: 'Himayədar ailə' }).click();
  await officer.getByRole('heading', { name: 'Uşaq üçün uyğun himayədar ailələr' }).waitFor();
  expect(new URL(officer.url()).searchParams.get('tab')).toBe('foster');

  // The family is ranked with its reasons: near her home, the same language, her age.
  const row = officer.getByTestId('foster-match').filter({ hasText: reference });
  await row.waitFor();
  const reasons = await row.getByRole('listitem').allInnerTexts();
  expect(reasons).toContain('evinə yaxın +20');
  expect(reasons).toContain('eyni dil +15');
  expect(reasons.some((r) => r.startsWith('yaş uyğundur'))).toBe(true);
  // Families approved for other ages are listed after, with the reason and nothing to do.
  const excluded = officer.getByTestId('foster-excluded');
  if ((await excluded.count()) > 0) expect(await excluded.first().getByRole('button').count()).toBe(0);

  // Placed with the family from five weeks ago (the order of the guardianship body).
  const startDate = daysAgo(35);
  await row.getByRole('button', { name: `Bu ailəyə yerləşdir: ${reference}` }).click();
  const form = officer.getByRole('region', { name: /Himayədar ailəyə yerləşdirmə/ });
  await form.getByLabel(exactly('Başlama tarixi')).fill(startDate);
  await form.getByLabel(exactly('Kimin qərarı ilə')).selectOption('administrative');
  await form.getByLabel('Qərarın nömrəsi').fill('QO-2026/311');
  await form.getByRole('button', { name: 'Uşağı bu ailəyə yerləşdir' }).click();

  // The placement with its adjustment period.
  const placement = officer.getByRole('region', { name: 'Himayədar ailədə yerləşdirmə' });
  await placement.waitFor();
  const officerApi = await apiAs('officer', 'demo-officer-2026');
  const [saved] = (await officerApi('GET', `/api/cases/${caseId}/placements`)).items;
  expect(saved).toMatchObject({ settingType: 'foster', startDate });
  expect(saved.adjustmentUntil > startDate).toBe(true);
  await placement.getByText(formatDate('az', saved.adjustmentUntil), { exact: true }).waitFor();
  await placement.getByText(reference).waitFor();

  // The first monitoring visit, a month after the start, is overdue: it is on the start page.
  await officer.getByRole('link', { name: 'Əsas səhifə' }).click();
  const due = officer.getByTestId('visit-due').filter({ hasText: `${CHILD.given} ${CHILD.family}` });
  await due.waitFor();
  await due.getByText('Gecikib').waitFor();
  await due.getByRole('link').click();
  await officer.getByRole('heading', { name: 'Monitorinq səfərləri' }).waitFor();

  // The officer records it as held, with the report and how the child is doing.
  const first = officer.getByTestId('foster-visit').first();
  await first.getByText('Gecikib').waitFor();
  await first.getByRole('button', { name: /Səfəri qeyd et/ }).click();
  const visit = officer.getByRole('region', { name: /monitorinq səfərini qeyd et/ });
  await visit.getByLabel('Keçirildiyi tarix').fill(daysAgo(1));
  await visit.getByLabel(/Uşağın rifahı/).selectOption('4');
  await visit
    .getByLabel(/Səfər haqqında hesabat/)
    .fill('Uşaq ailəyə yaxşı uyğunlaşıb, məktəbə gedir, yaxşı yatır.');
  await visit.getByRole('button', { name: 'Səfəri yadda saxla' }).click();
  await visit.waitFor({ state: 'detached' });
  await first.getByText('Keçirilib').waitFor();
  expect(await first.textContent()).toContain('4 — yaxşı');

  // The allowance ledger starts with the month of the placement.
  await officer.getByTestId('ledger-month').first().waitFor();
  expect(await officer.getByTestId('ledger-month').first().textContent()).toContain(
    formatDate('az', startDate, 'month'),
  );
  await officer.screenshot({ path: 'test-results/foster-story-az.png', fullPage: true });
});
