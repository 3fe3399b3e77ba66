import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatDateInput, monthName } from '../../common/i18n/date-input';
import { launchChromium } from '../../scripts/lib/chromium';
import { isoToday } from '../../web/lib/dates';
import { type RunningServer, startServer } from './server';

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

/** Signs in from the sign-in page, choosing its language there first when `language` is given. */
async function signIn(page: Page, username: string, password: string, language?: string) {
  await page.goto(server.url);
  if (language) await page.locator('select[name="language"]').selectOption(language);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.locator('nav').waitFor();
}

/** The messages shown under the fields. */
const fieldMessages = (page: Page) => page.locator('.mantine-InputWrapper-error').allInnerTexts();

it('an empty referral says in plain Azerbaijani what to do, and a fixed field loses its message at once', async () => {
  // A browser in American English: the interface language, not the browser's, decides.
  const page = await browser.newPage({ locale: 'en-US' });
  await signIn(page, 'worker', 'demo-worker-2026', 'az');
  await page.goto(`${server.url}/cases/new`);
  await page.getByRole('button', { name: 'Yönləndirməni qeydə al' }).click();

  await page.getByText('Soyadı yazın.').waitFor();
  await page.getByText('Uşağı qəbul edən yeri seçin.').waitFor();
  await page.getByText('Ən azı bir səbəb seçin.').waitFor();
  const messages = await fieldMessages(page);
  expect(messages.length).toBeGreaterThanOrEqual(4);
  for (const message of messages) expect(message).not.toMatch(/format|minimum|mütləqdir|çox qısa|kiçikdir/i);

  // Fixing a field takes its message away before anything is sent again.
  await page.getByLabel(/^Soyad( \*)?$/).fill('Əliyeva');
  await page.getByText('Soyadı yazın.').waitFor({ state: 'detached' });
  expect(await page.getByText('Adı yazın.').isVisible()).toBe(true);
  // And emptying it again brings the message back.
  await page.getByLabel(/^Soyad( \*)?$/).fill('');
  await page.getByText('Soyadı yazın.').waitFor();

  // A date is typed day first; an unfinished one is told in plain words.
  const birth = page.getByLabel(/^Doğum tarixi( \*)?$/);
  expect(await birth.getAttribute('placeholder')).toBe('gg.aa.iiii');
  await birth.fill('31.02.2020');
  await page.getByText('Doğum tarixi: tarixi tam yazın — gün, ay və il.').waitFor();
  await birth.fill('29.02.2020');
  await page.getByText('Doğum tarixi: tarixi tam yazın — gün, ay və il.').waitFor({ state: 'detached' });
  await page.close();
});

it('a date field in Russian shows dd.mm.yyyy and a Russian calendar starting on Monday', async () => {
  const page = await browser.newPage({ locale: 'en-US' });
  await signIn(page, 'worker', 'demo-worker-2026', 'ru');
  await page.goto(`${server.url}/cases/new`);
  const received = page.getByLabel(/^Дата поступления( \*)?$/);
  const today = isoToday();
  expect(await received.inputValue()).toBe(formatDateInput('ru', today));
  expect(await received.inputValue()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);

  await page.getByRole('button', { name: 'Выбрать в календаре' }).first().click();
  const month = Number(today.slice(5, 7));
  await page.getByText(`${monthName('ru', month)} ${today.slice(0, 4)}`).waitFor();
  await page.getByText('пн', { exact: true }).waitFor();
  // Picking the 1st of the month writes it in the field, day first.
  await page.getByRole('button', { name: /^1 / }).first().click();
  expect(await received.inputValue()).toBe(`01.${today.slice(5, 7)}.${today.slice(0, 4)}`);
  await page.close();
});

it('the language chosen at sign-in wins over the saved one, and signing out then switching raises no error', async () => {
  const page = await browser.newPage({ locale: 'az-AZ' });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  // The account is saved in Azerbaijani; English is chosen on the sign-in page.
  await signIn(page, 'worker.baku', 'demo-worker-baku-2026', 'az');
  await page.getByRole('button', { name: 'Çıxış' }).click();
  await page.locator('input[name="username"]').waitFor();
  await signIn(page, 'worker.baku', 'demo-worker-baku-2026', 'en');
  await page.getByRole('heading', { name: /Welcome/ }).waitFor();

  // Signing out and changing the language at once: no uncaught "Please sign in.".
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.locator('select[name="language"]').selectOption('ru');
  await page.getByRole('heading', { name: 'Вход в Yuva' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Вход в Yuva' }).waitFor();
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);

  // English was saved to the account: another device starts in English without choosing.
  const other = await browser.newPage({ locale: 'az-AZ' });
  await signIn(other, 'worker.baku', 'demo-worker-baku-2026');
  await other.getByRole('heading', { name: /Welcome/ }).waitFor();
  await other.close();
  await page.close();
});
