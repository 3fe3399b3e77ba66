import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { base32Decode, hotp, totpStep } from '../../server/domain/auth/totp';
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

/**
 * A code the server accepts now and that follows the step of `after`, without waiting for the next
 * 30-second step: the server takes the step after its current one (a phone's clock a little ahead)
 * and refuses a step at or before the last one used, so the code of the next step is computed
 * ahead (the clock moved on by 30 s) when `after` is the current step.
 */
function freshCode(secret: string, after?: number): { code: string; step: number } {
  const now = totpStep(new Date());
  const step = after === undefined || now > after ? now : after + 1;
  return { code: hotp(base32Decode(secret), step), step };
}

async function signInWithPassword(page: Page, username: string, password: string) {
  await page.getByLabel('İstifadəçi adı').fill(username);
  await page.getByLabel('Şifrə').fill(password);
  await page.getByRole('button', { name: 'Daxil ol' }).click();
}

it('a supervisor turns on two-factor sign-in, signs out, and signs in with password and code', async () => {
  const page = await browser.newPage({ locale: 'az-AZ', viewport: { width: 1280, height: 900 } });
  await page.goto(server.url);
  await signInWithPassword(page, 'supervisor', 'demo-supervisor-2026');
  await page.getByRole('heading', { name: /Xoş gəlmisiniz/ }).waitFor();

  // My account → set up an authenticator app: a QR code, the key as text, then the first code.
  await page.getByRole('link', { name: 'Hesabım' }).click();
  await page.getByRole('heading', { name: 'İki mərhələli giriş' }).waitFor();
  await page.getByText('Yalnız şifrə ilə daxil olursunuz.').waitFor();
  await page.getByRole('button', { name: 'Autentifikator tətbiqini quraşdır' }).click();
  await page.getByRole('img', { name: 'Autentifikator tətbiqi ilə skan etmək üçün QR kod' }).waitFor();
  const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  expect(await page.getByTestId('otpauth-uri').textContent()).toContain(`secret=${secret}`);
  const first = freshCode(secret);
  await page.getByRole('textbox', { name: 'Kod' }).fill(first.code);
  await page.getByRole('button', { name: 'Aktivləşdir' }).click();

  // The recovery codes are shown once.
  await page.getByRole('heading', { name: 'Bərpa kodlarınız' }).waitFor();
  const codes = (await page.getByTestId('recovery-codes').getByRole('listitem').allTextContents()).map((c) =>
    c.trim(),
  );
  expect(codes).toHaveLength(10);
  await page.screenshot({ path: 'test-results/two-factor-recovery-codes.png', fullPage: true });
  await page.getByRole('button', { name: 'Saxladım' }).click();
  await page.getByText('Şifrə və autentifikator tətbiqindən kodla daxil olursunuz.').waitFor();
  await page.getByText('10 bərpa kodu qalıb.').waitFor();

  // Sign out, then in again: the password, then the code.
  await page.getByRole('button', { name: 'Çıxış', exact: true }).click();
  await page.getByRole('heading', { name: 'Yuva-ya daxil olun' }).waitFor();
  await signInWithPassword(page, 'supervisor', 'demo-supervisor-2026');
  await page.getByRole('heading', { name: 'Kodu daxil edin' }).waitFor();
  // A wrong code is refused with the tries left.
  await page.getByRole('textbox', { name: 'Kod' }).fill('000000');
  await page.getByRole('button', { name: 'Təsdiqlə' }).click();
  await page.getByText('Kod yanlışdır və ya artıq istifadə olunub.').waitFor();
  await page.screenshot({ path: 'test-results/two-factor-code-step.png', fullPage: true });
  const second = freshCode(secret, first.step);
  await page.getByRole('textbox', { name: 'Kod' }).fill(second.code);
  await page.getByRole('button', { name: 'Təsdiqlə' }).click();
  // Signed in, back on the page where they signed out.
  await page.getByTestId('signed-in-as').waitFor();
  await page.getByRole('heading', { name: 'Hesabım' }).waitFor();
  expect(await page.evaluate(() => fetch('/api/auth/session').then((r) => r.status))).toBe(200);

  // A recovery code works once, on another device.
  const other = await browser.newPage({ locale: 'az-AZ' });
  await other.goto(server.url);
  await signInWithPassword(other, 'supervisor', 'demo-supervisor-2026');
  await other.getByRole('textbox', { name: 'Kod' }).fill(codes[0]!);
  await other.getByRole('button', { name: 'Təsdiqlə' }).click();
  await other.getByRole('heading', { name: /Xoş gəlmisiniz/ }).waitFor();

  // Sign out everywhere from the first device: the other one is signed out too.
  await page.getByRole('link', { name: 'Hesabım' }).click();
  await page.getByRole('button', { name: 'Hər yerdən çıxış' }).click();
  await page.getByRole('heading', { name: 'Yuva-ya daxil olun' }).waitFor();
  expect(await other.evaluate(() => fetch('/api/auth/session').then((r) => r.status))).toBe(401);
});

it('an administrator requires two-factor sign-in for teachers; a teacher sets it up at sign-in, before anything else', async () => {
  const admin = await browser.newPage({ locale: 'az-AZ', viewport: { width: 1280, height: 1000 } });
  await admin.goto(server.url);
  await signInWithPassword(admin, 'admin', 'demo-admin-2026');
  await admin.getByRole('link', { name: 'İstifadəçilər' }).click();
  await admin.getByRole('heading', { name: 'Rollar üzrə iki mərhələli giriş' }).waitFor();
  const toggle = admin.getByRole('switch', { name: /Müəllim/ });
  expect(await toggle.isChecked()).toBe(false);
  await toggle.click({ force: true });
  await expect.poll(() => toggle.isChecked()).toBe(true);
  await admin.screenshot({ path: 'test-results/two-factor-roles.png', fullPage: true });

  const page = await browser.newPage({ locale: 'az-AZ', viewport: { width: 1280, height: 900 } });
  await page.goto(server.url);
  await signInWithPassword(page, 'teacher', 'demo-teacher-2026');
  await page.getByRole('heading', { name: 'İki mərhələli girişi quraşdırın' }).waitFor();
  expect(await page.evaluate(() => fetch('/api/groups').then((r) => r.status))).toBe(401);
  await page.getByRole('button', { name: 'Autentifikator tətbiqini quraşdır' }).click();
  const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s/g, '');
  await page.screenshot({ path: 'test-results/two-factor-enrolment.png', fullPage: true });
  await page.getByRole('textbox', { name: 'Kod' }).fill(freshCode(secret).code);
  await page.getByRole('button', { name: 'Aktivləşdir' }).click();
  await page.getByRole('heading', { name: 'Bərpa kodlarınız' }).waitFor();
  await page.getByRole('button', { name: 'Yuva-ya keç' }).click();
  await page.getByRole('heading', { name: /Xoş gəlmisiniz/ }).waitFor();

  await toggle.click({ force: true });
  await expect.poll(() => toggle.isChecked()).toBe(false);
});
