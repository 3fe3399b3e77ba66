import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recordDownloads, scriptBytes } from '../../scripts/bench/bundle-browser';
import { PAGES, readManifest } from '../../scripts/bench/bundle-graph';
import { launchChromium } from '../../scripts/lib/chromium';
import { type RunningServer, startServer } from './server';

/**
 * The first load as Chromium sees it (issue 16, item 5): a family on a phone opens the public
 * application form and downloads a small, compressed part of the app — none of the staff app —
 * and a worker signs in and reaches the start page and another page, whose code arrives only then.
 */
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  expect(await server?.stop()).toBe(0);
});

const manifest = readManifest('dist/web');
const chunkOf = (key: string) => `/${manifest[key]!.file}`;
/** The staff app's own chunks: its entry, its pages, and the full catalogues. */
const staffChunks = [
  'index.html',
  'app/AppLayout.tsx',
  'app/HomePage.tsx',
  'features/cases/CasesPage.tsx',
  'features/cases/CasePage.tsx',
  'features/dashboard/DashboardPage.tsx',
  ...['az', 'tr', 'ru', 'en'].map((l) => `i18n/catalogues/${l}.ts`),
].map(chunkOf);
const budget = (name: string) => PAGES.find((p) => p.name === name)!.budget!;
const fetched = (page: Page, chunk: string) =>
  page.evaluate((c) => performance.getEntriesByType('resource').some((r) => r.name.endsWith(c)), chunk);

it('a family opens the application form on a phone: compressed scripts within budget, nothing of the staff app', async () => {
  const family = await browser.newPage({ locale: 'az-AZ', viewport: { width: 375, height: 800 } });
  const errors: string[] = [];
  family.on('pageerror', (e) => errors.push(e.message));
  const downloads = recordDownloads(family);
  const page = await family.goto(`${server.url}/apply`);
  expect(page?.headers()['cache-control']).toBe('no-cache');
  await family.getByRole('heading', { name: 'Himayədar ailə olmaq üçün müraciət', level: 1 }).waitFor();
  await family.waitForLoadState('networkidle');

  const scripts = (await downloads()).filter((d) => d.type === 'script');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => s.contentEncoding !== 'br').map((s) => s.url)).toEqual([]);
  expect(scriptBytes(scripts)).toBeLessThanOrEqual(budget('public form'));
  const urls = scripts.map((s) => new URL(s.url).pathname);
  expect(urls.filter((u) => staffChunks.includes(u))).toEqual([]);

  // Hashed files are kept a year: a second visit asks the server for the page only.
  const asset = await family.request.get(`${server.url}${urls[0]}`);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

  // Another language arrives when chosen, still without the staff app.
  await family.getByLabel('Dil', { exact: true }).selectOption('ru');
  await family.getByRole('heading', { name: 'Заявление о создании приёмной семьи', level: 1 }).waitFor();
  for (const chunk of staffChunks) expect(await fetched(family, chunk), chunk).toBe(false);
  expect(errors).toEqual([]);
});

it('a worker signs in and reaches the start page and the children, each page loaded when first shown', async () => {
  const worker = await browser.newPage({ locale: 'az-AZ' });
  const errors: string[] = [];
  worker.on('pageerror', (e) => errors.push(e.message));
  const downloads = recordDownloads(worker);
  await worker.goto(server.url);
  await worker.getByLabel('İstifadəçi adı').fill('worker');
  // The sign-in page came without the pages behind it.
  expect(await fetched(worker, chunkOf('app/HomePage.tsx'))).toBe(false);
  expect(await fetched(worker, chunkOf('features/cases/CasesPage.tsx'))).toBe(false);

  await worker.getByLabel('Şifrə').fill('demo-worker-2026');
  await worker.getByRole('button', { name: 'Daxil ol' }).click();
  await worker.getByRole('heading', { name: /Xoş gəlmisiniz/ }).waitFor();
  await worker.waitForLoadState('networkidle');
  expect(await fetched(worker, chunkOf('app/HomePage.tsx'))).toBe(true);
  expect(scriptBytes(await downloads())).toBeLessThanOrEqual(budget('sign-in → start page'));
  expect(await fetched(worker, chunkOf('features/cases/CasesPage.tsx'))).toBe(false);

  await worker.getByRole('navigation').getByRole('link', { name: 'Uşaqlar' }).click();
  await worker.getByRole('heading', { name: 'Uşaqlar və gənclər', level: 1 }).waitFor();
  expect(await fetched(worker, chunkOf('features/cases/CasesPage.tsx'))).toBe(true);
  expect(errors).toEqual([]);
});

it('the staff app is a single page: a deep link to a lazy page opens it after sign-in', async () => {
  const page = await browser.newPage({ locale: 'az-AZ' });
  await page.goto(`${server.url}/locations`);
  await page.getByLabel('İstifadəçi adı').fill('worker');
  await page.getByLabel('Şifrə').fill('demo-worker-2026');
  await page.getByRole('button', { name: 'Daxil ol' }).click();
  await page.getByRole('heading', { name: 'Məkanlar', level: 1 }).waitFor();
});
