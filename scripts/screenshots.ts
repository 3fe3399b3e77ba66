/**
 * Screenshots of the main pages in each language, to look at what people see:
 *   npx tsx scripts/screenshots.ts http://localhost:3000 [out-folder] [width]
 * Signs in as the demo administrator (a demo install is expected).
 */
import { mkdirSync } from 'node:fs';
import { LOCALES } from '../common/i18n/locales';
import { launchChromium } from './lib/chromium';

const [base = 'http://localhost:3000', out = 'test-results/screens', width = '1280'] = process.argv.slice(2);
const PAGES = ['/', '/locations', '/programmes', '/users', '/audit'];

mkdirSync(out, { recursive: true });
const browser = await launchChromium();
for (const locale of LOCALES) {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await page.goto(base);
  await page.evaluate((l) => localStorage.setItem('yuva.locale', l), locale);
  await page.goto(base);
  await page.locator('input[name="username"]').fill('admin');
  await page.locator('input[name="password"]').fill('demo-admin-2026');
  await page.locator('button[type="submit"]').click();
  await page.locator('nav').waitFor();
  await page.locator('select[name="language"]').selectOption(locale);
  for (const path of PAGES) {
    await page.goto(`${base}${path}`);
    await page.waitForLoadState('networkidle');
    await page.screenshot({
      path: `${out}/${locale}${path.replaceAll('/', '_') || '_home'}.png`,
      fullPage: true,
    });
  }
  const village = page.getByRole('link').filter({ hasText: /SOS/ }).first();
  await page.goto(`${base}/programmes?type=family_based_care`);
  await village.click();
  await page.getByRole('table').last().waitFor();
  await page.screenshot({ path: `${out}/${locale}_village.png`, fullPage: true });
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
