import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { type RunningServer, startServer } from './server';

/**
 * A family at risk in Ganja, in Azerbaijani, as the Ganja worker would record it: registered
 * with the mother and two children, assessed for its risk of separation, enrolled in Ganja
 * family strengthening with the mother's consent; the household then shows its assessment chart.
 */
let server: RunningServer | undefined;
let browser: Browser;

const FAMILY = 'Gücləndirova';
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

async function fillMember(
  page: Page,
  n: number,
  m: { relationship?: string; given: string; sex: 'female' | 'male'; born: string },
) {
  const member = page.getByRole('group', { name: `Üzv ${n}` });
  if (m.relationship) await member.getByLabel('Ailədə kimdir').selectOption(m.relationship);
  await member.getByLabel(exactly('Adı')).fill(m.given);
  await member.getByLabel(exactly('Soyadı')).fill(m.sex === 'female' ? FAMILY : FAMILY.replace(/a$/, ''));
  await member.getByLabel(exactly('Cinsi')).selectOption(m.sex);
  await member.getByLabel(exactly('Doğum tarixi')).fill(m.born);
}

it('registers a family, records its risk assessment, enrols it and shows the scores as a chart', async () => {
  const page = await signIn('worker', 'demo-worker-2026');
  await page.getByRole('navigation').getByRole('link', { name: 'Ailənin gücləndirilməsi' }).click();
  await page.getByRole('heading', { name: 'Ailənin gücləndirilməsi', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Ailəni qeydiyyata al' }).click();
  await page.getByRole('heading', { name: 'Ailəni qeydiyyata al', level: 1 }).waitFor();

  // The worker works in Ganja only: the location is chosen, and they are the family's worker.
  await page
    .getByLabel(exactly('Ailənin yaşadığı yer'))
    .locator('option:checked', { hasText: 'Gəncə' })
    .waitFor({ state: 'attached' });
  await page.getByLabel('Ünvan').fill('Gəncə, Cavadxan küç. 17');
  await page.getByLabel('Telefon').fill('+994 50 555 12 34');
  await fillMember(page, 1, { given: 'Səadət', sex: 'female', born: '1989-04-12' });
  await page.getByRole('button', { name: 'Üzv əlavə et' }).click();
  await fillMember(page, 2, { given: 'Lalə', sex: 'female', born: '2014-09-01' });
  await page.getByRole('button', { name: 'Üzv əlavə et' }).click();
  await fillMember(page, 3, { relationship: 'child', given: 'Kənan', sex: 'male', born: '2019-02-15' });
  await page.getByRole('button', { name: 'Ailəni qeydiyyata al' }).click();

  // Next: the risk-of-separation assessment, a score for every domain.
  await page.getByRole('status').filter({ hasText: 'Ailə qeydiyyata alındı' }).waitFor();
  await page.getByRole('heading', { name: /^Ailə AG-\d{4}-\d{5}$/ }).waitFor();
  const form = page.getByRole('region', { name: 'Yeni qiymətləndirmə' });
  const scores: [string, string][] = [
    ['Mənzil', '2'],
    ['Gəlir', '1'],
    ['Valideynlik', '3'],
    ['Sağlamlıq', '3'],
    ['Uşaqların təhsili', '2'],
    ['Təhlükəsizlik', '4'],
  ];
  for (const [domain, score] of scores) await form.getByLabel(exactly(domain)).selectOption(score);
  await form.getByLabel('Qeyd: Gəlir').fill('Ana işsizdir, ünvanlı yardım almır');
  await form
    .getByLabel('Ümumi nəticə')
    .fill('Kirayə borcu var; uşaqların ailədən ayrılması riski yüksəkdir.');
  await form.getByRole('button', { name: 'Qiymətləndirməni yadda saxla' }).click();
  await page.getByRole('status').filter({ hasText: 'Qiymətləndirmə yadda saxlanıldı' }).waitFor();
  await page.getByRole('img', { name: /Qiymətləndirmə balları zamanla/ }).waitFor();

  // Enrol it after the assessment, recording the mother's consent on the way.
  await page.getByRole('link', { name: 'Proqrama yaz' }).click();
  const enrol = page.getByRole('form', { name: 'Qiymətləndirmədən sonra proqrama yazılma' });
  await enrol.waitFor();
  const chosen = (label: string, text: string) =>
    enrol
      .getByLabel(exactly(label))
      .locator('option:checked', { hasText: text })
      .waitFor({ state: 'attached' });
  await chosen('Proqram', 'Ailənin gücləndirilməsi (erkən müdaxilə), Gəncə');
  await chosen('Razılığı verən', `${FAMILY} Səadət`);
  await enrol.getByLabel(/Alternativ qayğı/).check();
  await enrol.getByRole('button', { name: 'Proqrama yaz' }).click();
  const enrolment = page.getByRole('region', { name: 'Proqramda iştirak' });
  await enrolment.getByRole('cell', { name: 'Ailənin gücləndirilməsi (erkən müdaxilə), Gəncə' }).waitFor();
  await enrolment.getByText('İştirak edir').waitFor();
  await page.getByRole('region', { name: 'İştirak üçün razılıq' }).getByText('Qüvvədədir').waitFor();

  // The household, with its assessment chart and the same scores as a table.
  await page.getByRole('tab', { name: 'Qiymətləndirmələr' }).click();
  const chart = page.getByRole('img', { name: /Qiymətləndirmə balları zamanla/ });
  await chart.waitFor();
  expect(await chart.locator('path').count()).toBeGreaterThanOrEqual(6);
  const table = page.getByRole('table', { name: /Sahələr üzrə ballar/ });
  expect(await table.getByRole('row', { name: /Gəlir/ }).textContent()).toContain('1 · böhran');
  expect(await table.getByRole('row', { name: /Təhlükəsizlik/ }).textContent()).toContain('4 · sabit');

  // It is on the list of families, found by a member's name.
  await page.getByRole('link', { name: '← Ailələrin siyahısı' }).click();
  await page.getByLabel('Üzvün adı').fill(FAMILY);
  const row = page.getByRole('row', { name: new RegExp(`${FAMILY} Səadət`) });
  await row.waitFor();
  expect(await row.textContent()).toContain('İştirak edir');
  await page.close();
});
