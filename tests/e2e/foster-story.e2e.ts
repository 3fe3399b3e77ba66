import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { type RunningServer, startServer } from './server';

/**
 * A family in Baku applies on the public form on a phone, in Azerbaijani, and keeps its private
 * status link; the foster-care officer works the application through (requirements, home study,
 * ready for review) and approves it with the contract and certificate numbers Azerbaijan needs;
 * the family's status page then shows the approval.
 */
let server: RunningServer | undefined;
let browser: Browser;

/** A label as shown, with or without the asterisk of a required field. */
const exactly = (label: string) => new RegExp(`^${label.replace(/[()]/g, '\\$&')}( \\*)?$`);

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(username: string, password: string): Promise<Page> {
  const page = await browser.newPage({ locale: 'az-AZ', viewport: { width: 1280, height: 900 } });
  await page.goto(server!.url);
  await page.getByLabel('İstifadəçi adı').fill(username);
  await page.getByLabel('Şifrə').fill(password);
  await page.getByRole('button', { name: 'Daxil ol' }).click();
  await page.getByRole('heading', { name: /Xoş gəlmisiniz/ }).waitFor();
  return page;
}

it('a family applies on the public form, the officer assesses and approves it, and the family sees the approval', async () => {
  // The family, signed out, on a phone.
  const family = await browser.newPage({ locale: 'az-AZ', viewport: { width: 375, height: 800 } });
  await family.goto(`${server!.url}/apply`);
  await family.getByRole('heading', { name: 'Himayədar ailə olmaq üçün müraciət', level: 1 }).waitFor();
  await family.getByLabel(exactly('Ölkə')).selectOption('AZ');
  await family.getByLabel('Tək valideyn').check();
  await family
    .getByLabel(exactly('Ünvan'))
    .fill('Bakı şəhəri, Nəsimi rayonu, Azadlıq prospekti 15, mənzil 7');
  await family.getByLabel(exactly('Rayon')).fill('Nəsimi');
  await family.getByLabel(exactly('Telefon')).fill('+994 50 555 12 34');
  await family.getByLabel('Azərbaycan dili').check();
  await family
    .getByLabel('Niyə himayədar ailə olmaq istəyirsiniz')
    .fill('Uşaqları çox sevirəm, evimiz genişdir.');
  const adult = family.getByRole('group', { name: 'Böyük 1' });
  await adult.getByLabel(exactly('Soyad')).fill('Quliyeva');
  await adult.getByLabel(exactly('Ad')).fill('Səbinə');
  await adult.getByLabel(exactly('Ata adı')).fill('Rauf qızı');
  await adult.getByLabel(exactly('Doğum tarixi')).fill('1984-04-12');
  await adult.getByLabel(exactly('Təhsil')).selectOption('higher');
  // Without a regular income the rules are not met, and the form says so as she types.
  await family.getByText('Ən azı bir ərizəçinin daimi gəliri olmalıdır.').waitFor();
  await adult.getByLabel('Daimi gəliri var').check();
  await family.getByText('əsas qaydalara uyğundur').waitFor();
  await family.getByRole('button', { name: 'Uşaq əlavə et' }).click();
  const child = family.getByRole('group', { name: 'Uşaq 1' });
  expect(await child.getByLabel(exactly('Soyad')).inputValue()).toBe('Quliyeva');
  await child.getByLabel(exactly('Ad')).fill('Aysel');
  await child.getByLabel(exactly('Doğum tarixi')).fill('2012-09-01');
  // The robots' field is there, empty, out of the keyboard's way.
  const honeypot = family.locator('input[name="website"]');
  expect(await honeypot.inputValue()).toBe('');
  expect(await honeypot.getAttribute('tabindex')).toBe('-1');
  await family.getByRole('button', { name: 'Müraciəti göndər' }).click();

  await family.getByRole('heading', { name: 'Müraciətiniz qəbul edildi' }).waitFor();
  const reference = (await family.getByTestId('foster-reference').textContent())!.trim();
  expect(reference).toMatch(/^FF-AZ-\d{4}-\d+$/);
  const link = family.getByTestId('foster-status-link');
  const statusUrl = (await link.textContent())!.trim();
  expect(statusUrl.startsWith(`${server!.url}/apply/status/`)).toBe(true);
  await family.getByText('Bu keçidi və müraciət nömrəsini saxlayın').waitFor();
  await link.click();
  await family.getByRole('heading', { name: 'Himayədar ailə müraciətiniz' }).waitFor();
  expect(await family.getByTestId('foster-reference').textContent()).toBe(reference);
  expect(await family.getByTestId('foster-status').textContent()).toBe('Müraciət');
  await family.getByRole('cell', { name: /Məhkumluq haqqında arayış/ }).waitFor();

  // The officer opens the application.
  const officer = await signIn('officer', 'demo-officer-2026');
  await officer.getByRole('link', { name: 'Himayədar ailələr' }).click();
  await officer.getByRole('heading', { name: 'Himayədar ailələr', level: 1 }).waitFor();
  await officer.getByRole('link', { name: reference }).click();
  await officer.getByRole('heading', { name: `Himayədar ailə ${reference}`, level: 1 }).waitFor();
  await officer.getByRole('cell', { name: 'Səbinə Quliyeva' }).first().waitFor();

  // Every requirement complete, today.
  const rows = officer.getByTestId('foster-requirement');
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    await row.getByRole('button', { name: /^Saxla/ }).click();
    await row.getByText(/^Tamamlanma tarixi:/).waitFor();
  }

  // A home-study report.
  await officer.getByLabel(exactly('Tövsiyə')).selectOption('approve');
  await officer
    .getByLabel(exactly('Nəticələr'))
    .fill('Ev səliqəlidir, uşaq üçün ayrıca otaq var. Ailə hazırdır və dəstəkləyicidir.');
  await officer.getByRole('button', { name: 'Hesabatı saxla' }).click();
  await officer.getByTestId('foster-home-study').waitFor();

  // Ready for review.
  await officer.getByRole('button', { name: 'Baxılmağa hazırdır' }).click();
  await officer.getByRole('button', { name: 'Baxılmağa hazırdır' }).waitFor({ state: 'detached' });

  // The approval, with the terms and Azerbaijan's contract and certificate numbers.
  await officer.getByLabel('Təsdiq et').check();
  await officer.getByLabel(exactly('Uşaqların yaşı (-dan)')).fill('6');
  await officer.getByLabel(exactly('Uşaqların yaşı (-dək)')).fill('14');
  await officer.getByLabel(exactly('Uşaqların sayı')).fill('2');
  await officer.getByLabel('Bacı-qardaşlar birlikdə').check();
  await officer.getByLabel(exactly('Müqavilənin nömrəsi')).fill('M-2026/145');
  await officer.getByLabel(exactly('Himayədar ailə şəhadətnaməsinin nömrəsi')).fill('HŞ-00871');
  await officer
    .getByLabel(exactly('Əsaslandırma'))
    .fill('Bütün tələblər yerinə yetirilib; ev şəraiti uyğundur.');
  await officer.getByRole('button', { name: 'Qərarı qeyd et' }).click();
  await officer.getByText('M-2026/145').waitFor();
  await officer.getByText('6–14 yaş').waitFor();

  // The family sees it.
  await family.reload();
  await family.getByRole('heading', { name: 'Himayədar ailə müraciətiniz' }).waitFor();
  expect(await family.getByTestId('foster-status').textContent()).toBe('Təsdiq edilib');
  await family.getByText('Ailəniz himayədar ailə kimi təsdiq edilib.').waitFor();
});
