import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatDate } from '../../common/i18n/format';
import { launchChromium } from '../../scripts/lib/chromium';
import { type RunningServer, startServer } from './server';

/**
 * After care, in Azerbaijani, as the Ganja worker: a care leaver's next follow-up visit is
 * recorded with well-being ratings, and a document is uploaded to the case (a file that only
 * pretends to be a PDF is refused with the server's message first).
 */
let server: RunningServer | undefined;
let browser: Browser;

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

/** A young person in after care who has an after-care follow-up still due (via the API, as the page would). */
async function careLeaverWithDueVisit(page: Page): Promise<string> {
  const id = await page.evaluate(async () => {
    const list = (await (await fetch('/api/cases?status=after_care&pageSize=100')).json()) as {
      items: { id: string }[];
    };
    for (const c of list.items) {
      const followUps = (await (await fetch(`/api/cases/${c.id}/follow-ups`)).json()) as {
        items: { kind: string; status: string }[];
      };
      if (followUps.items.some((f) => f.kind === 'after_care' && f.status === 'due')) return c.id;
    }
    return null;
  });
  expect(id, 'the demo has a care leaver with a follow-up due').toBeTruthy();
  return id!;
}

const today = () => {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

it('the worker records a care leaver’s follow-up visit with ratings and uploads a document', async () => {
  const worker = await signIn('worker', 'demo-worker-2026');
  const caseId = await careLeaverWithDueVisit(worker);

  // The follow-up: held today, rated on three areas of well-being.
  await worker.goto(`${server!.url}/cases/${caseId}?tab=leaving-care`);
  await worker.getByRole('heading', { name: 'Qayğıdan ayrılma', level: 2 }).waitFor();
  const visits = worker.getByRole('region', { name: 'Qayğıdan ayrıldıqdan sonra izləmə' });
  // Counted once the follow-ups are shown (the heading comes first; a busy machine showed 0 due).
  await visits.getByRole('row').filter({ hasText: 'Gözlənilir' }).first().waitFor();
  const dueBefore = await visits.getByRole('row').filter({ hasText: 'Gözlənilir' }).count();
  await visits
    .getByRole('button', { name: /^Qeyd et/ })
    .first()
    .click();
  const form = worker.getByRole('region', { name: /tarixli görüşü qeyd et$/ });
  await form.getByLabel('Keçirilib').check();
  await form.getByLabel(/^Keçirilmə tarixi/).fill(today());
  await form.getByLabel('Qayğı', { exact: true }).selectOption('4');
  await form.getByLabel('Yaşayış yeri').selectOption('3');
  await form.getByLabel('Dolanışıq').selectOption('2');
  await form.getByLabel('Qeydlər').fill('Kirayə mənzildə yaşayır, iş axtarır; növbəti ay yenidən zəng.');
  await form.getByRole('button', { name: 'İzləməni yadda saxla' }).click();
  await form.waitFor({ state: 'detached' });
  await expect
    .poll(() => visits.getByRole('row').filter({ hasText: 'Gözlənilir' }).count())
    .toBe(dueBefore - 1);
  const held = formatDate('az', today());
  await visits
    .getByRole('row')
    .filter({ hasText: 'Kirayə mənzildə yaşayır' })
    .filter({ hasText: held })
    .waitFor();
  // The ratings table: one column per visit held, one row per area.
  const ratings = visits.getByRole('table').filter({ hasText: 'Rifah sahəsi' });
  const columns = await ratings.getByRole('columnheader').allInnerTexts();
  const column = columns.lastIndexOf(held);
  expect(column).toBeGreaterThan(0);
  const cell = async (area: string) =>
    (await ratings.getByRole('row').filter({ hasText: area }).getByRole('cell').allInnerTexts())[column - 1];
  expect(await cell('Qayğı')).toBe('4');
  expect(await cell('Yaşayış yeri')).toBe('3');
  expect(await cell('Dolanışıq')).toBe('2');
  expect(await cell('Fiziki sağlamlıq')).toBe('—');

  // A document: a text file named .pdf is refused by its content, a real PDF is listed.
  await worker.getByRole('tab', { name: 'Sənədlər' }).click();
  await worker.getByRole('heading', { name: 'Sənədlər', level: 2 }).waitFor();
  const upload = worker.getByRole('region', { name: 'Sənəd yüklə' });
  await upload.getByLabel(/^Sənədin növü/).selectOption('identity_document');
  await upload.locator('input[type=file]').setInputFiles({
    name: 'saxta.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('this is not a PDF'),
  });
  await upload.getByRole('button', { name: 'Yüklə' }).click();
  await upload.getByRole('alert').filter({ hasText: 'Yalnız PDF, JPEG və PNG' }).waitFor();

  const pdf = Buffer.from(
    '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
  );
  await upload.locator('input[type=file]').setInputFiles({
    name: 'şəxsiyyət-vəsiqəsi.pdf',
    mimeType: 'application/pdf',
    buffer: pdf,
  });
  await upload.getByRole('button', { name: 'Yüklə' }).click();
  await upload.getByRole('status').filter({ hasText: 'şəxsiyyət-vəsiqəsi.pdf yükləndi.' }).waitFor();
  const row = worker.getByRole('row').filter({ hasText: 'şəxsiyyət-vəsiqəsi.pdf' });
  await row.getByText('Şəxsiyyət vəsiqəsi', { exact: true }).waitFor();
  const me = await worker.evaluate(
    async () => ((await (await fetch('/api/auth/session')).json()) as { user: { displayName: string } }).user,
  );
  await row.getByText(me.displayName).waitFor();
  const link = row.getByRole('link', { name: /şəxsiyyət-vəsiqəsi\.pdf/ });
  const href = await link.getAttribute('href');
  const downloaded = await worker.evaluate(async (url) => {
    const response = await fetch(url!);
    return { status: response.status, start: (await response.text()).slice(0, 8) };
  }, href);
  expect(downloaded).toEqual({ status: 200, start: '%PDF-1.4' });
  await worker.screenshot({ path: 'test-results/case-aftercare-az.png', fullPage: true });
});
