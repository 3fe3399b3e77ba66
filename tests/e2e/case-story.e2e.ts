import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { type RunningServer, startServer } from './server';

/**
 * One case from referral to its first review, in Azerbaijani, as the Ganja worker and
 * supervisor would do it; then three months later (the server restarted with its clock
 * moved on) the review shows on the worker's start page.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'yuva-e2e-story-'));
let server: RunningServer | undefined;
let browser: Browser;

const FAMILY = 'Yuvatestova';
const SISTER = { given: 'Nərgiz', family: FAMILY, born: '2016-03-10' };
const BROTHER = { given: 'Tural', family: FAMILY, born: '2018-07-21' };
/** A label as shown, with or without the asterisk of a required field. */
const exactly = (label: string) => new RegExp(`^${label.replace(/[()]/g, '\\$&')}( \\*)?$`);
const caseHeading = (c: { given: string; family: string }) => `${c.family} ${c.given}`;

beforeAll(async () => {
  server = await startServer({}, { dataDir });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
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

/** Opens a tab of the case page and waits for its heading. */
async function openTab(page: Page, name: string, heading = name) {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
}

/** Places the child in house 1 of the Ganja village; a full house asks for a written reason. */
async function placeInHouseOne(page: Page) {
  await openTab(page, 'Yerləşdirmələr');
  const form = page.getByRole('region', { name: 'Uşağı yerləşdir' });
  await form.getByLabel('Qayğı forması').selectOption('sos_family');
  await form.getByLabel('Proqram').selectOption({ label: 'SOS Uşaq Kəndi, Gəncə' });
  const house = form.getByLabel('Ailə evi');
  await house.locator('option').nth(1).waitFor({ state: 'attached' });
  await house.selectOption({ index: 1 });
  await form.getByRole('button', { name: 'Uşağı yerləşdir' }).click();
  const ended = page.getByRole('heading', { name: 'Yerləşdirməni başa çatdır' });
  const reason = form.getByLabel('Uşağın evin tutumundan artıq yerləşdirilməsinin səbəbi');
  await ended.or(reason).waitFor();
  if (await reason.isVisible()) {
    await form.getByRole('alert').filter({ hasText: 'saylı ev doludur' }).waitFor();
    await reason.fill(
      'Bacısı bu evdədir; qardaşı ondan ayırmamaq üçün ev müvəqqəti olaraq tutumundan artıq olacaq.',
    );
    await form.getByRole('button', { name: 'Uşağı yerləşdir' }).click();
    await ended.waitFor();
  }
  await page.getByRole('cell', { name: 'SOS ailəsi' }).first().waitFor();
}

async function approveFromStartPage(page: Page, linkText: RegExp) {
  await page.getByRole('heading', { name: /Təsdiqinizi gözləyən/ }).waitFor();
  for (const more of await page.getByRole('button', { name: /Hamısını göstər/ }).all()) await more.click();
  await page.getByRole('link', { name: linkText }).first().click();
  await page.getByRole('heading', { name: caseHeading(SISTER) }).waitFor();
  await page.getByRole('button', { name: 'Təsdiq et' }).click();
  await page.getByText('Təsdiq edilib').or(page.getByText('Qüvvədədir')).first().waitFor();
}

it('a referral for two siblings in Ganja goes through gatekeeping, placement together and an approved care plan, and the review falls due', async () => {
  // The worker registers the referral: a sister and her brother, with their mother.
  const worker = await signIn('worker', 'demo-worker-2026');
  await worker.getByRole('link', { name: 'Yeni yönləndirmə' }).click();
  await worker.getByRole('heading', { name: 'Yeni yönləndirmə' }).waitFor();
  await worker.getByLabel('Yönləndirmə mənbəyi').selectOption('guardianship_body');
  await worker.getByLabel(exactly('Yer')).selectOption({ label: 'Gəncə' });
  await worker.getByLabel('Proqram').selectOption({ label: 'SOS Uşaq Kəndi, Gəncə' });
  await worker.getByLabel('Valideynin (valideynlərin) ölümü').check();
  await worker.getByLabel('Baş verənlərin təsviri').fill('Ata vəfat edib, ana uzun müddət xəstəxanadadır.');
  const first = worker.getByRole('group', { name: 'Uşaq 1' });
  await first.getByLabel('Soyad').fill(SISTER.family);
  await first.getByLabel(exactly('Ad')).fill(SISTER.given);
  await first.getByLabel(exactly('Doğum tarixi')).fill(SISTER.born);
  await worker.getByRole('button', { name: 'Bacı və ya qardaş əlavə et' }).click();
  const second = worker.getByRole('group', { name: 'Uşaq 2' });
  expect(await second.getByLabel('Soyad').inputValue()).toBe(FAMILY);
  await second.getByLabel(exactly('Ad')).fill(BROTHER.given);
  await second.getByLabel('Cins').selectOption('male');
  await second.getByLabel(exactly('Doğum tarixi')).fill(BROTHER.born);
  await worker.getByRole('button', { name: 'Ailə üzvü əlavə et' }).click();
  const mother = worker.getByRole('group', { name: 'Ailə üzvü 1' });
  await mother.getByLabel('Soyad').fill(FAMILY);
  await mother.getByLabel(exactly('Ad')).fill('Gülnarə');
  await mother.getByLabel('Sağdır').selectOption('yes');
  await worker.getByRole('button', { name: 'Yönləndirməni qeydə al' }).click();
  await worker.getByRole('heading', { name: caseHeading(SISTER) }).waitFor();
  const sisterUrl = worker.url().split('?')[0]!;
  await worker.getByRole('link', { name: new RegExp(`${BROTHER.given} ${FAMILY}`) }).waitFor();

  // The gatekeeping assessment, sent to the supervisor.
  await openTab(worker, 'Yerləşdirmə zərurətinin qiymətləndirilməsi');
  await worker
    .getByLabel('Uşağın ailədə qalması üçün göstərilən dəstək')
    .fill('Nənə ilə yaşamaq yoxlanıldı; nənə xəstədir.');
  await worker.getByLabel('İştirakçılar').fill('Sosial işçi, qəyyumluq orqanı, ana');
  await worker.getByLabel('Uşağın fikri').fill('Qardaşı ilə birlikdə qalmaq istəyir.');
  await worker.getByLabel(exactly('Qərar')).selectOption('sos_family');
  await worker
    .getByLabel('Qərarın əsasları')
    .fill('Qohum yanında qayğı mümkün deyil; bacı-qardaş birlikdə qalmalıdır.');
  await worker.getByRole('button', { name: 'Saxla və təsdiqə göndər' }).click();
  await worker.getByText('Təsdiq gözləyir').first().waitFor();

  // The supervisor approves it from their start page.
  const supervisor = await signIn('supervisor', 'demo-supervisor-2026');
  await approveFromStartPage(
    supervisor,
    new RegExp(`Təsdiq gözləyən yerləşdirmə zərurəti üzrə qərar: ${SISTER.given} ${FAMILY}`),
  );

  // The worker places both children in the same house of the Ganja village.
  await worker.goto(`${sisterUrl}?tab=placements`);
  await worker.getByRole('heading', { name: caseHeading(SISTER) }).waitFor();
  await placeInHouseOne(worker);
  await openTab(worker, 'Ümumi məlumat', 'Bacı və qardaşlar');
  await worker.getByRole('link', { name: new RegExp(`${BROTHER.given} ${FAMILY}`) }).click();
  await worker.getByRole('heading', { name: caseHeading(BROTHER) }).waitFor();
  await placeInHouseOne(worker);

  // The sister's care plan, sent for approval.
  await worker.goto(sisterUrl);
  await worker.getByRole('heading', { name: caseHeading(SISTER) }).waitFor();
  await openTab(worker, 'Qayğı planı');
  await worker.getByRole('button', { name: 'Qayğı planını yaz' }).click();
  await worker.getByLabel('Daimi həll məqsədi').selectOption('long_term_family_care');
  await worker.getByLabel('Sağlamlıq').fill('Poliklinikada qeydiyyat, illik müayinə.');
  await worker.getByRole('button', { name: 'Məqsəd əlavə et' }).click();
  await worker.getByLabel('Nəyə nail olunmalıdır').fill('Məktəbə uyğunlaşma, sentyabrdan dərnəyə yazılma.');
  await worker.getByLabel('Məsul şəxs').fill('SOS ana');
  await worker.getByLabel('Ailə ilə əlaqə planı').fill('Ana ilə ayda iki dəfə görüş.');
  await worker.getByLabel('Uşağın fikri').fill('Evdə qalmaq, qardaşı ilə bir otaqda olmaq istəyir.');
  await worker.getByRole('button', { name: 'Saxla və təsdiqə göndər' }).click();
  await worker.getByText('Təsdiq gözləyir').first().waitFor();

  // The supervisor approves the plan.
  await supervisor.goto(server!.url);
  await approveFromStartPage(
    supervisor,
    new RegExp(`Təsdiq gözləyən qayğı planı: ${SISTER.given} ${FAMILY}`),
  );
  await supervisor.getByText('Qüvvədədir').first().waitFor();

  // Three months later: the server starts again on the same data with the clock moved on.
  expect(await server!.stop()).toBe(0);
  server = undefined;
  server = await startServer({ YUVA_CLOCK_OFFSET_DAYS: '92' }, { dataDir });
  const later = await signIn('worker', 'demo-worker-2026');
  const showAll = later.getByRole('button', { name: /Hamısını göstər/ });
  await later.getByTestId('due-item').first().waitFor();
  if (await showAll.isVisible()) await showAll.click();
  for (const child of [SISTER, BROTHER]) {
    const item = later.getByTestId('due-item').filter({ hasText: `Baxış: ${child.given} ${FAMILY}` });
    await item.waitFor();
    expect(await item.getByText(/Gecikib|Vaxtı yaxınlaşır/).count()).toBe(1);
  }
  await later.screenshot({ path: 'test-results/case-story-due-az.png', fullPage: true });
});
