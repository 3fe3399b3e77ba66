import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { type RunningServer, startServer } from './server';

/**
 * A supervisor's morning in Ganja, in Azerbaijani (issue 16, item 3): the start page shows the
 * team's overdue work by worker — not "nothing due" while a worker has a dozen overdue items —
 * she opens one, hands one of the worker's cases to the team's second worker, and on a phone
 * (375 px) the header still shows sign-out and the case list loses no column.
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

async function signIn(username: string, password: string, width = 1280) {
  const page = await browser.newPage({ locale: 'az-AZ', viewport: { width, height: 900 } });
  await page.goto(server!.url);
  await page.getByLabel('İstifadəçi adı').fill(username);
  await page.getByLabel('Şifrə').fill(password);
  await page.getByRole('button', { name: 'Daxil ol' }).click();
  await page.getByRole('heading', { name: /Xoş gəlmisiniz/ }).waitFor();
  return page;
}

const team = (page: Page) => page.getByRole('region', { name: 'Komandamın işləri' });
const workerRow = (page: Page, name: string) =>
  team(page).getByTestId('team-worker').filter({ hasText: name });
const count = async (page: Page, name: string, label: string) => {
  const text = await workerRow(page, name)
    .getByText(new RegExp(`^${label}: \\d+$`))
    .textContent();
  return Number(text!.split(': ')[1]);
};

it("shows the worker's overdue count, opens an item, and hands a case to another worker", async () => {
  const page = await signIn('supervisor', 'demo-supervisor-2026');
  const elvin = workerRow(page, 'Elvin Məmmədov');
  await elvin.waitFor();
  const overdue = await count(page, 'Elvin Məmmədov', 'Gecikən');
  expect(overdue).toBeGreaterThanOrEqual(10);
  // The busiest worker comes first.
  expect(await team(page).getByTestId('team-worker').first().textContent()).toContain('Elvin Məmmədov');

  // Opened, the worker's list has exactly as many overdue items as the count says.
  await elvin.getByRole('button', { name: /Elvin Məmmədov/ }).click();
  await elvin.getByRole('button', { name: /Hamısını göstər/ }).click();
  expect(await elvin.getByTestId('due-item').filter({ hasText: 'Gecikib' }).count()).toBe(overdue);

  // An item opens its case.
  const first = elvin.getByTestId('due-item').first().getByRole('link');
  const caseNumber = (await first.textContent())!.match(/\(([^)]+)\)/)![1]!;
  await first.click();
  await page.getByText(caseNumber).first().waitFor();
  expect(page.url()).toMatch(/\/cases\/[0-9a-f-]+\?tab=/);
  await page.goBack();

  // Hand that case to Nigar Abbasova, the team's worker without cases.
  const cases = await count(page, 'Elvin Məmmədov', 'İşlər');
  const handOn = page
    .getByRole('button', { name: new RegExp(`Başqa işçiyə təhvil ver: ${caseNumber}`) })
    .first();
  // The worker's list may still be open from before the case was opened; open it if not.
  if (!(await handOn.isVisible()))
    await workerRow(page, 'Elvin Məmmədov')
      .getByRole('button', { name: /Elvin Məmmədov/ })
      .click();
  await handOn.click();
  const form = page.getByRole('region', { name: `Başqa işçiyə təhvil vermək: iş ${caseNumber}` });
  await form.getByLabel('Yeni məsul işçi').selectOption({ label: 'Nigar Abbasova (Sosial işçi)' });
  await form.getByLabel('Səbəb (qeydə alınır)').fill('Gecikən baxışlar bölüşdürülür');
  await form.getByRole('button', { name: 'Təhvil ver' }).click();
  await page.getByRole('status').getByText(`İş ${caseNumber} təhvil verildi: Nigar Abbasova.`).waitFor();
  await workerRow(page, 'Nigar Abbasova').getByText('İşlər: 1').waitFor();
  expect(await count(page, 'Elvin Məmmədov', 'İşlər')).toBe(cases - 1);
  await page.close();
});

it('keeps sign-out inside a 375 px header and every column of the case list readable', async () => {
  for (const [user, password] of [
    ['supervisor', 'demo-supervisor-2026'],
    ['worker', 'demo-worker-2026'],
  ] as const) {
    const page = await signIn(user, password, 375);
    const signOut = page.getByRole('button', { name: 'Çıxış' });
    const box = (await signOut.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    if (user === 'worker') {
      // The last column of the table, the worker, is on every card and inside the screen.
      const card = page.getByTestId('case-cards').getByRole('listitem').first();
      const worker = card.getByText('Sosial işçi:');
      await worker.waitFor();
      const at = (await worker.boundingBox())!;
      expect(at.x + at.width).toBeLessThanOrEqual(375);
    }
    await page.close();
  }
});
