import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { type RunningServer, startServer } from './server';

/**
 * Siblings as a group, in Azerbaijani, as the Ganja worker would do it: a sister and her brother
 * referred together get one gatekeeping decision (each with their own views) and are placed
 * together in one step — and nobody asks why the siblings are separated.
 */
let server: RunningServer | undefined;
let browser: Browser;

const FAMILY = 'Qrupova';
const SISTER = 'Ülviyyə';
const BROTHER = 'Elnur';
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

/**
 * The referral is registered through the API as the signed-in worker (the referral form has a
 * story of its own, case-story.e2e.ts); it returns both cases and the house of the Ganja village
 * with the most room.
 */
async function referSiblings(page: Page) {
  return page.evaluate(
    async ({ family, sister, brother }) => {
      const { csrfToken } = await (await fetch('/api/auth/session')).json();
      const get = async (url: string) => (await fetch(url)).json();
      const programmes = (await get('/api/programmes')).items as {
        id: string;
        code: string;
        locationId: string;
      }[];
      const village = programmes.find((p) => p.code === 'ganja-village')!;
      const child = (givenName: string, sex: string, birthDate: string) => ({
        givenName,
        familyName: family,
        sex,
        birthDate,
      });
      const res = await fetch('/api/referrals', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({
          receivedOn: '2026-11-20',
          source: 'guardianship_body',
          reasons: ['parental_incapacity'],
          locationId: village.locationId,
          programmeId: village.id,
          children: [child(sister, 'female', '2015-02-11'), child(brother, 'male', '2017-08-30')],
        }),
      });
      const cases = (await res.json()).cases as { id: string; caseNumber: string }[];
      // A child referred to the short-term care centre, for its Placements tab.
      const shortTerm = programmes.find((p) => p.code === 'ganja-short-term-care')!;
      const alone = await fetch('/api/referrals', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({
          receivedOn: '2026-11-20',
          source: 'police',
          reasons: ['abandonment'],
          locationId: shortTerm.locationId,
          programmeId: shortTerm.id,
          children: [{ ...child('Samir', 'male', '2014-01-20'), familyName: 'Tənhayev' }],
        }),
      });
      const shortTermCase = (await alone.json()).cases[0].id as string;
      const houses = (await get(`/api/villages/${village.id}`)).houses as {
        id: string;
        status: string;
        capacity: number;
        childrenCount: number;
      }[];
      // The demo village's houses are nearly full: the one with the most room.
      const house = houses
        .filter((h) => h.status === 'active')
        .sort((a, b) => b.capacity - b.childrenCount - (a.capacity - a.childrenCount))[0]!;
      return { sister: cases[0]!, brother: cases[1]!, houseId: house.id, shortTermCase };
    },
    { family: FAMILY, sister: SISTER, brother: BROTHER },
  );
}

it('two siblings get one gatekeeping decision, each with their own views, and are placed together in one step', async () => {
  const worker = await signIn('worker', 'demo-worker-2026');
  const refused: string[] = [];
  worker.on('response', (r) => {
    if (r.status() === 404) refused.push(r.url());
  });
  const { sister, brother, houseId, shortTermCase } = await referSiblings(worker);
  const brotherLabel = `${BROTHER} ${FAMILY} (iş ${brother.caseNumber})`;

  // One gatekeeping decision for both: the sister's case, "same for the brothers and sisters".
  await worker.goto(`${server!.url}/cases/${sister.id}?tab=gatekeeping`);
  await worker.getByRole('heading', { name: `${FAMILY} ${SISTER}` }).waitFor();
  await worker
    .getByLabel('Uşağın ailədə qalması üçün göstərilən dəstək')
    .fill('Ailəyə iki həftə gündəlik dəstək.');
  await worker.getByLabel('İştirakçılar').fill('Sosial işçi, qəyyumluq orqanı');
  await worker.getByLabel(exactly('Uşağın fikri')).fill('Qardaşı ilə birlikdə qalmaq istəyir.');
  await worker.getByRole('checkbox', { name: brotherLabel }).check();
  await worker.getByLabel(`Uşağın fikri: ${BROTHER} ${FAMILY}`).fill('Bacısı ilə bir evdə yaşamaq istəyir.');
  await worker.getByLabel(exactly('Qərar')).selectOption('sos_family');
  await worker
    .getByLabel('Qərarın əsasları')
    .fill('Qohum yanında qayğı mümkün deyil; bacı-qardaş birlikdə qalmalıdır.');
  await worker.getByRole('button', { name: 'Saxla və təsdiqə göndər' }).click();
  await worker.getByText('Təsdiq gözləyir').first().waitFor();
  expect(await worker.getByText('Qardaşı ilə birlikdə qalmaq istəyir.').count()).toBe(1);

  // The brother's case holds the same decision, sent too, with his own views.
  await worker.goto(`${server!.url}/cases/${brother.id}?tab=gatekeeping`);
  await worker.getByText('Təsdiq gözləyir').first().waitFor();
  await worker.getByText('Bacısı ilə bir evdə yaşamaq istəyir.').waitFor();
  expect(await worker.getByText('Qardaşı ilə birlikdə qalmaq istəyir.').count()).toBe(0);

  // Both placed together from the sister's case, in one step.
  await worker.goto(`${server!.url}/cases/${sister.id}?tab=placements`);
  const form = worker.getByRole('region', { name: 'Uşağı yerləşdir' });
  await form.waitFor();
  await form.getByLabel('Qayğı forması').selectOption('sos_family');
  await form.getByLabel('Proqram').selectOption({ label: 'SOS Uşaq Kəndi, Gəncə' });
  const house = form.getByLabel('Ailə evi');
  await house.locator(`option[value="${houseId}"]`).waitFor({ state: 'attached' });
  await house.selectOption(houseId);
  await form.getByRole('checkbox', { name: brotherLabel }).check();
  await form.getByRole('button', { name: 'Uşağı yerləşdir' }).click();
  // A house without room for both asks for the reason to go over its capacity, as for one child.
  const ended = worker.getByRole('heading', { name: 'Yerləşdirməni başa çatdır' });
  const overCapacity = form.getByLabel('Uşağın evin tutumundan artıq yerləşdirilməsinin səbəbi');
  await ended.or(overCapacity).waitFor();
  if (await overCapacity.isVisible()) {
    await overCapacity.fill('Bacı və qardaş ayrılmasın deyə ev müvəqqəti olaraq tutumundan artıq olacaq.');
    await form.getByRole('button', { name: 'Uşağı yerləşdir' }).click();
    await ended.waitFor();
  }
  expect(await worker.getByText('Bacı-qardaşların ayrı yerləşdirilməsinin səbəbi').count()).toBe(0);

  // The brother lives in the same house now, placed without a reason for being apart.
  await worker.goto(`${server!.url}/cases/${brother.id}?tab=placements`);
  await worker.getByRole('heading', { name: 'Yerləşdirməni başa çatdır' }).waitFor();
  const row = worker.getByRole('row').filter({ hasText: 'SOS ailəsi' });
  expect(await row.count()).toBe(1);
  const houses = await worker.evaluate(
    async (ids) =>
      Promise.all(
        ids.map(async (id) => (await (await fetch(`/api/cases/${id}`)).json()).currentPlacement.houseId),
      ),
    [sister.id, brother.id],
  );
  expect(houses).toEqual([houseId, houseId]);
  expect(await worker.getByText('Bacı-qardaşların ayrı yerləşdirilməsinin səbəbi').count()).toBe(0);
  await worker.screenshot({ path: 'test-results/siblings-story-placed-az.png', fullPage: true });

  // A short-term care case's placement form starts in short-term care, and asks for no village.
  await worker.goto(`${server!.url}/cases/${shortTermCase}?tab=placements`);
  const shortTermForm = worker.getByRole('region', { name: 'Uşağı yerləşdir' });
  await shortTermForm.waitFor();
  expect(await shortTermForm.getByLabel('Qayğı forması').inputValue()).toBe('short_term');
  await worker.waitForLoadState('networkidle');
  expect(refused).toEqual([]);
});
