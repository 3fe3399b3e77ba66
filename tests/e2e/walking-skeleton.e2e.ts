import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { type RunningServer, startServer } from './server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  // SIGTERM: the server finishes what is in flight, closes the database and exits cleanly.
  expect(await server?.stop()).toBe(0);
});

it('a director signs in, switches to Russian, finds the Sumgait education programme and signs out', async () => {
  const page = await browser.newPage({ locale: 'az-AZ' });
  await page.goto(server.url);

  // The sign-in page is in Azerbaijani by default.
  await page.getByRole('heading', { name: 'Yuva-ya daxil olun' }).waitFor();
  await page.getByLabel('İstifadəçi adı').fill('director');
  await page.getByLabel('Şifrə').fill('demo-director-2026');
  await page.getByRole('button', { name: 'Daxil ol' }).click();
  await page.getByRole('heading', { name: /Xoş gəlmisiniz/ }).waitFor();

  await page.getByLabel('Dil').selectOption('ru');
  await page.getByRole('heading', { name: /Добро пожаловать/ }).waitFor();
  await page.getByRole('link', { name: 'Программы' }).click();
  await page.getByRole('heading', { name: 'Программы' }).waitFor();
  const sumgait = page.getByRole('row').filter({ hasText: 'Образовательная программа, Сумгаит' });
  await sumgait.waitFor();
  await sumgait.getByRole('cell', { name: 'Сумгаит', exact: true }).waitFor();
  await page.screenshot({ path: 'test-results/programmes-ru.png', fullPage: true });

  await page.getByRole('button', { name: 'Выйти' }).click();
  // The language choice was saved for the user and on this device: the sign-in page is Russian now.
  await page.getByRole('heading', { name: 'Вход в Yuva' }).waitFor();
  expect(await page.evaluate(() => fetch('/api/auth/session').then((r) => r.status))).toBe(401);

  // Signing in again on a fresh device brings the remembered language back.
  const fresh = await browser.newPage({ locale: 'az-AZ' });
  await fresh.goto(server.url);
  await fresh.getByLabel('İstifadəçi adı').fill('director');
  await fresh.getByLabel('Şifrə').fill('demo-director-2026');
  await fresh.getByRole('button', { name: 'Daxil ol' }).click();
  await fresh.getByRole('heading', { name: /Добро пожаловать/ }).waitFor();
});

it('an administrator sees the Baku village with dates in the chosen language, and the skip link works by keyboard', async () => {
  const page = await browser.newPage({ locale: 'az-AZ', viewport: { width: 1024, height: 768 } });
  await page.goto(server.url);
  await page.getByLabel('İstifadəçi adı').fill('admin');
  await page.getByLabel('Şifrə').fill('demo-admin-2026');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /Xoş gəlmisiniz/ }).waitFor();

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Məzmuna keç' });
  expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);

  await page.getByRole('link', { name: 'Proqramlar' }).click();
  await page.getByRole('link', { name: 'SOS Uşaq Kəndi, Bakı' }).click();
  await page.getByRole('heading', { name: 'SOS Uşaq Kəndi, Bakı' }).waitFor();
  // Chromium has no Azerbaijani locale data; Yuva formats these dates itself.
  await page.getByText('sentyabr 2000').first().waitFor();
  await page.getByText('14 saylı ev').waitFor();
  await page.screenshot({ path: 'test-results/village-az.png', fullPage: true });

  await page.getByLabel('Dil').selectOption('tr');
  await page.getByText('Eylül 2000').first().waitFor();
  await page.getByText('14 numaralı ev').waitFor();
});
