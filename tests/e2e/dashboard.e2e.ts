import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { type RunningServer, startServer } from './server';

/**
 * The indicator dashboard on the demo data, in Turkish: a director filters Ganja, reads the
 * children in care with their table and definition, and opens the children whose review is
 * overdue and exports them to XLSX; the analyst sees the same figures with small cells hidden and no names.
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

/** Signs in on the Azerbaijani sign-in page and switches the interface to Turkish. */
async function signInTurkish(username: string, password: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ locale: 'az-AZ', viewport: { width, height: 900 } });
  await page.goto(server!.url);
  await page.getByLabel('İstifadəçi adı').fill(username);
  await page.getByLabel('Şifrə').fill(password);
  await page.getByRole('button', { name: 'Daxil ol' }).click();
  await page.getByRole('heading', { name: /Xoş gəlmisiniz/ }).waitFor();
  await page.getByLabel('Dil').selectOption('tr');
  await page.getByRole('heading', { name: /Hoş geldiniz/ }).waitFor();
  return page;
}

/** Opens the dashboard from the menu and filters Ganja (Gence in Turkish). */
async function dashboardForGanja(page: Page) {
  await page.getByRole('link', { name: 'Gösterge paneli' }).click();
  await page.getByRole('heading', { name: 'Gösterge paneli', level: 1 }).waitFor();
  await page.getByRole('region', { name: 'Koruma altındaki çocuklar' }).waitFor();
  await page.getByLabel('Yer', { exact: true }).selectOption({ label: 'Gence' });
  await page.waitForURL(/locationId=/);
  await page.waitForLoadState('networkidle');
}

it('a director filters Ganja, reads children in care with its table and definition, and drills down into overdue reviews', async () => {
  const page = await signInTurkish('director', 'demo-director-2026');
  await dashboardForGanja(page);

  // Children in care: a chart described for screen readers and its table, setting by setting.
  const inCare = page.getByRole('region', { name: 'Koruma altındaki çocuklar' });
  await inCare.getByRole('img', { name: /SOS ailesi/ }).waitFor();
  const table = inCare.getByRole('table');
  await table.getByRole('rowheader', { name: 'SOS ailesi' }).waitFor();
  await table.getByRole('columnheader', { name: '7–13 yaş' }).waitFor();
  await table.getByRole('columnheader', { name: 'Engelli olanlar' }).waitFor();
  expect(await table.getByRole('link').count()).toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/dashboard-tr.png', fullPage: true });

  // The definition is one click away.
  const what = inCare.getByRole('button', { name: 'Ne sayılır' });
  expect(await what.getAttribute('aria-expanded')).toBe('false');
  await what.click();
  expect(await what.getAttribute('aria-expanded')).toBe('true');
  await inCare.getByText(/tarihinde bir yerleştirmesi olan çocuklar/).waitFor();

  // The filters are in the address: a reload shows the same view.
  await page.reload();
  await page.getByRole('region', { name: 'Koruma altındaki çocuklar' }).waitFor();
  await expect.poll(() => page.getByLabel('Yer', { exact: true }).inputValue()).not.toBe('');

  // Reviews overdue: the number opens the list of the children behind it.
  const reviews = page.getByRole('region', { name: 'Zamanında gözden geçirmeler' });
  const overdue = reviews.getByRole('row', { name: /Gözden geçirmesi gecikmiş/ }).getByRole('link');
  const count = ((await overdue.textContent()) ?? '').replace(/\D/g, '');
  expect(Number(count)).toBeGreaterThan(0);
  await overdue.click();
  await page.getByRole('heading', { name: 'Gözden geçirmesi gecikmiş çocuklar' }).waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: `${count} çocuk` })
    .waitFor();
  const rows = page.getByRole('table').getByRole('row');
  await rows.nth(1).waitFor();
  expect(await rows.count()).toBe(Math.min(Number(count), 500) + 1);
  // Every child is in Ganja and links to their case.
  const places = await page.getByRole('table').locator('tbody tr td:last-child').allInnerTexts();
  expect(new Set(places)).toEqual(new Set(['Gence']));
  const first = page.getByRole('table').locator('tbody tr').first().getByRole('link');
  const name = (await first.textContent()) ?? '';
  expect(await first.getAttribute('href')).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
  await page.screenshot({ path: 'test-results/dashboard-drill-down-tr.png', fullPage: true });

  // The list goes to Excel: the same children, headed in Turkish.
  const downloaded = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Dışa aktar' }).click();
  await page.getByRole('menuitem', { name: 'Excel (XLSX)' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(/^Göstergenin arkasındaki çocuklar .*\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  expect(sheet.getRow(1).getCell(1).value).toBe('Dosya numarası');
  expect(sheet.actualRowCount).toBe(Number(count) + 1);
  const exported = sheet.getColumn(2).values.slice(2);
  expect(exported).toContain(name);

  await first.click();
  // The case page names the child (with the patronymic, if any, after the names listed).
  await page.getByRole('heading', { name: new RegExp(`^${name}`), level: 1 }).waitFor();

  // Back from the case, then back to the dashboard with the same filters.
  await page.goBack();
  await page.getByRole('link', { name: /Gösterge paneline dön/ }).click();
  await page.getByRole('region', { name: 'Koruma altındaki çocuklar' }).waitFor();
  expect(page.url()).toMatch(/locationId=/);
});

it('the analyst sees small cells hidden as "<5", other figures rounded to 5, and no list of children behind a number', async () => {
  const page = await signInTurkish('analyst', 'demo-analyst-2026', 768);
  await dashboardForGanja(page);
  await page.getByText('5 çocuğun altındaki hücreler, hiçbir çocuk tanınamasın diye gizlenir.').waitFor();
  // Every other figure is rounded down to a multiple of 5 (decision 0019), and the page says so.
  await page
    .getByText(/katına aşağı yuvarlanır/)
    .first()
    .waitFor();
  const inCare = page.getByRole('region', { name: 'Koruma altındaki çocuklar' });
  const cells = await inCare.getByRole('table').getByRole('cell').allInnerTexts();
  const counts = cells.map((c) => c.trim()).filter((c) => /^(<5|\d[\d\s.,]*)$/.test(c));
  expect(counts.length).toBeGreaterThan(0);
  for (const c of counts) expect(c === '<5' || Number(c.replace(/\D/g, '')) % 5 === 0, c).toBe(true);
  expect(await page.getByRole('main').getByRole('table').getByRole('link').count()).toBe(0);
  await page.screenshot({ path: 'test-results/dashboard-analyst-tr.png', fullPage: true });
  // The list itself is not there for the analyst.
  await page.goto(`${server!.url}/dashboard/children?indicator=reviews_overdue`);
  await page.getByRole('heading', { name: 'Sayfa bulunamadı' }).waitFor();
});
