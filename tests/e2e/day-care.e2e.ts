import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { type RunningServer, startServer } from './server';

/**
 * A day in Ganja's day-care centre, in Azerbaijani: the teacher fills today's register on a
 * tablet (768×1024), by touch and keyboard; the child absent at the two previous sessions is
 * absent again, and the third absence puts a follow-up on the social worker's work list.
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

async function signIn(username: string, password: string, viewport: { width: number; height: number }) {
  const page = await browser.newPage({ locale: 'az-AZ', viewport });
  await page.goto(server!.url);
  await page.getByLabel('İstifadəçi adı').fill(username);
  await page.getByLabel('Şifrə').fill(password);
  await page.getByRole('button', { name: 'Daxil ol' }).click();
  await page.getByRole('heading', { name: /Xoş gəlmisiniz/ }).waitFor();
  return page;
}

let child = '';

it('the teacher records a whole group on a tablet in one save', async () => {
  const page: Page = await signIn('teacher', 'demo-teacher-2026', { width: 768, height: 1024 });
  await page.getByRole('link', { name: 'Qruplar və davamiyyət' }).click();
  await page.getByRole('link', { name: 'Bugünkü jurnal: Günəbaxan' }).click();
  await page.getByRole('heading', { name: 'Davamiyyət jurnalı: Günəbaxan' }).waitFor();
  await page.getByText(/hələ qeyd edilməyib/).waitFor();

  // Everyone is present until marked otherwise; one child was away at the last two sessions.
  const rows = page.getByRole('group').filter({ has: page.getByRole('radio', { name: 'Gəlib' }) });
  const total = await rows.count();
  expect(total).toBeGreaterThanOrEqual(10);
  const row = rows.filter({ hasText: 'Ardıcıl 2 dəfə gəlməyib' });
  await row.first().waitFor();
  expect(await row.count()).toBe(1);
  child = (await row.locator('p').first().textContent())!.trim();
  expect(child).toMatch(/\S+ \S+/);

  // By keyboard: from "present" the arrow key moves to "absent"; then the reason.
  await row.getByRole('radio', { name: 'Gəlib' }).focus();
  await page.keyboard.press('ArrowRight');
  expect(await row.getByRole('radio', { name: 'Gəlməyib' }).isChecked()).toBe(true);
  await row.getByLabel('Səbəb').selectOption('family_reason');
  await page.getByText(`Gəlib: ${total - 1} · Gəlməyib: 1 · Üzrlü: 0`).waitFor();

  const save = page.getByRole('button', { name: 'Jurnalı yadda saxla' });
  const box = await save.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await save.click();
  const status = page.getByRole('status');
  await status.getByText(`Yadda saxlanıldı: ${total - 1} gəlib, 1 gəlməyib, 0 üzrlü.`).waitFor();
  await status
    .getByText(`${child} ardıcıl bir neçə gün gəlməyib: Elvin Məmmədov üçün tapşırıq yaradıldı.`)
    .waitFor();
  await page.getByText(/üçün qeyd edilib/).waitFor();
  // Saved: the button now saves changes, and waits for the next one.
  expect(await page.getByRole('button', { name: 'Dəyişiklikləri yadda saxla' }).isDisabled()).toBe(true);
  await page.close();
});

it('the social worker finds the follow-up on their work list and marks it done', async () => {
  expect(child).not.toBe('');
  const [family, ...given] = child.split(' ');
  const page = await signIn('worker', 'demo-worker-2026', { width: 1280, height: 900 });
  // Overdue reviews come first; the rest of the list is one click away.
  await page.getByTestId('due-item').first().waitFor();
  const more = page.getByRole('button', { name: /Hamısını göstər/ });
  if (await more.count()) await more.click();
  const item = page
    .getByTestId('due-item')
    .filter({ hasText: `Ardıcıl buraxılışlar: ailə ilə əlaqə saxlayın: ${given.join(' ')} ${family}` });
  await item.first().waitFor();
  expect(await item.count()).toBe(1);
  await item.getByRole('link').click();
  await page.getByRole('heading', { name: child, level: 1 }).waitFor();
  const followUps = page.getByRole('region', { name: 'Davamsızlıq üzrə tapşırıqlar' });
  await followUps.getByText('Açıq', { exact: true }).waitFor();
  await page.getByRole('region', { name: 'Davamiyyət' }).getByText('Ailə səbəbi').first().waitFor();
  await followUps.getByRole('button', { name: 'Edildi' }).click();
  await followUps.getByText('Edilib', { exact: true }).waitFor();
  await page.getByRole('link', { name: 'Əsas səhifə' }).click();
  await page.getByRole('heading', { name: /Xoş gəlmisiniz/ }).waitFor();
  await page.getByTestId('due-item').first().waitFor();
  if (await more.count()) await more.click();
  await page
    .getByTestId('due-item')
    .filter({ hasText: 'Ardıcıl buraxılışlar' })
    .filter({ hasText: family! })
    .waitFor({ state: 'detached' });
  await page.close();
});
