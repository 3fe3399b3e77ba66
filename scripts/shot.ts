/**
 * One screenshot of one page as one user, to look at what a person sees:
 *   npx tsx scripts/shot.ts <base-url> <username> <password> <path> <out.png> [width] [locale]
 */
import { launchChromium } from './lib/chromium';

const [base, username, password, path, out, width = '1280', locale = 'az'] = process.argv.slice(2);
if (!base || !username || !password || !path || !out) {
  console.error(
    'usage: npx tsx scripts/shot.ts <base-url> <username> <password> <path> <out.png> [width] [locale]',
  );
  process.exit(2);
}
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(base);
await page.evaluate((l) => localStorage.setItem('yuva.locale', l), locale);
await page.goto(base);
// Chosen on the sign-in page, the language wins over the one the account has saved.
await page.locator('select[name="language"]').selectOption(locale);
await page.locator('input[name="username"]').fill(username);
await page.locator('input[name="password"]').fill(password);
await page.locator('button[type="submit"]').click();
await page.locator('nav').waitFor();
await page.goto(`${base}${path}`);
await page.waitForLoadState('networkidle');
// SHOT_FULL=0 keeps to the first screen: a long list shrunk to one picture cannot be read.
await page.screenshot({ path: out, fullPage: process.env.SHOT_FULL !== '0' });
await browser.close();
