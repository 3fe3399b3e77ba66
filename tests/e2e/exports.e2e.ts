import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { pdfText } from '../support/pdf-text';
import { type RunningServer, startServer } from './server';

/**
 * A director in Azerbaijani downloads the children list as XLSX from its Export menu, on a
 * slow connection (the progress shows), and opens it: headings in Azerbaijani, one row per child
 * of the list, dates as dates. Then the recruitment funnel as a PDF.
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
  const context = await browser.newContext({
    locale: 'az-AZ',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(server!.url);
  await page.getByLabel('İstifadəçi adı').fill(username);
  await page.getByLabel('Şifrə').fill(password);
  await page.getByRole('button', { name: 'Daxil ol' }).click();
  await page.getByRole('heading', { name: /Xoş gəlmisiniz/ }).waitFor();
  return page;
}

it('a director exports the children list to XLSX with progress, and the funnel to PDF', async () => {
  const page = await signIn('director', 'demo-director-2026');
  await page.goto(`${server!.url}/cases`);
  await page.getByRole('heading', { name: 'Uşaqlar və gənclər' }).waitFor();
  // The list counts four pages ahead: with more children than that it says "more than 250".
  const shown = Number(
    (await page
      .getByText(/\d+ qeyddən çox/)
      .first()
      .textContent())!.match(/\d+/)![0],
  );
  expect(shown).toBe(250);
  const exact = await page.request.get(`${server!.url}/api/cases?pageSize=200&page=2`);
  const { total, totalIsLowerBound } = (await exact.json()) as { total: number; totalIsLowerBound: boolean };
  expect(totalIsLowerBound).toBe(false);
  expect(total).toBeGreaterThan(shown);

  // A slow connection (30 kB/s): the progress bar and the rows counted show.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 100,
    downloadThroughput: 30_000,
    uploadThroughput: 30_000,
  });
  const downloaded = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'İxrac et' }).click();
  await page.getByRole('menuitem', { name: 'Excel (XLSX)' }).click();
  await expect
    .poll(async () => page.getByRole('status').first().textContent(), { timeout: 20_000 })
    .toMatch(/alındı/);
  const download = await downloaded;
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  expect(download.suggestedFilename()).toMatch(/^Uşaqlar və gənclər \d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['İş nömrəsi', 'Soyad', 'Ad']);
  expect(sheet.rowCount - 1).toBe(total);
  expect(sheet.getRow(2).getCell(12).value).toBeInstanceOf(Date);
  await page.getByText(/Saxlanıldı: Uşaqlar və gənclər/).waitFor();

  await page.goto(`${server!.url}/foster/funnel`);
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDF (çap üçün)' }).click();
  const pdf = await readFile((await (await pdfDownload).path())!);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdfText(pdf)).toContain('Himayədar ailələrin cəlb edilməsi hunisi');
});
