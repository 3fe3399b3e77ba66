import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { type RunningServer, startServer } from './server';

/**
 * The same aunt of two sisters, as the Ganja worker records her in Azerbaijani: added to the
 * first sister's family, she is offered first when a member is added to the second; typing her
 * name in another script ("Aliyeva Gulnara") warns that she may already be on file; choosing her
 * links the one record to both sisters.
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

async function signIn(username: string, password: string): Promise<Page> {
  const page = await browser.newPage({ locale: 'az-AZ', viewport: { width: 1280, height: 900 } });
  await page.goto(server!.url);
  await page.getByLabel('İstifadəçi adı').fill(username);
  await page.getByLabel('Şifrə').fill(password);
  await page.getByRole('button', { name: 'Daxil ol' }).click();
  await page.getByRole('heading', { name: /Xoş gəlmisiniz/ }).waitFor();
  return page;
}

const getJson = (page: Page, path: string) => page.evaluate(async (p) => (await fetch(p)).json(), path);

/** Two sisters or brothers, each with a case the worker may open. */
async function siblingCases(page: Page): Promise<[string, string]> {
  const cases = (await getJson(page, '/api/cases?pageSize=200')).items as { id: string }[];
  for (const c of cases) {
    const detail = await getJson(page, `/api/cases/${c.id}`);
    const sibling = (detail.siblings as { visible: boolean; caseId: string | null }[]).find(
      (s) => s.visible && s.caseId,
    );
    if (sibling && detail.status !== 'closed') return [c.id, sibling.caseId!];
  }
  throw new Error('no siblings in the demo data');
}

async function openAddMember(page: Page, caseId: string) {
  await page.goto(`${server!.url}/cases/${caseId}`);
  await page.getByRole('tab', { name: 'Ailə', exact: true }).click();
  await page.getByRole('button', { name: 'Ailə üzvü əlavə et' }).click();
  return page.getByRole('region', { name: 'Ailə üzvü əlavə et' });
}

it('links the aunt already recorded for one sister to the other, warning when her name is typed in Latin', async () => {
  const page = await signIn('worker', 'demo-worker-2026');
  const [first, second] = await siblingCases(page);

  // The aunt, recorded for the first sister.
  let form = await openAddMember(page, first);
  await form.getByLabel('Uşağa qohumluq').selectOption('aunt_uncle');
  await form.getByLabel(/^Soyad/).fill('Əliyeva');
  await form.getByLabel(/^Ad( \*)?$/).fill('Gülnarə');
  await form.getByLabel(/^Doğum tarixi/).fill('1985-03-12');
  await form.getByRole('button', { name: 'Ailəyə əlavə et' }).click();
  await page.getByRole('cell', { name: 'Əliyeva Gülnarə', exact: true }).waitFor();

  // The second sister: her sister's aunt is offered before anything is typed.
  form = await openAddMember(page, second);
  const offer = form.getByRole('button', { name: 'Seç: Əliyeva Gülnarə' });
  await offer.waitFor();
  await form.getByText(/Qohumu olduğu uşaq: .* — Xala, bibi, dayı və ya əmi/).waitFor();

  // Typed in another script, her name raises the warning and marks her as the match.
  await form.getByLabel(/^Soyad/).fill('Aliyeva');
  await form.getByLabel(/^Ad( \*)?$/).fill('Gulnara');
  await form.getByLabel(/^Doğum tarixi/).fill('1985-03-12');
  await form.getByRole('alert').filter({ hasText: 'Bu şəxs artıq qeydiyyatda ola bilər' }).waitFor();
  await form.getByText('yazılan ada uyğundur').waitFor();

  // Chosen, she is linked: the second sister's family shows the one record.
  await offer.click();
  await form
    .getByRole('status')
    .filter({ hasText: 'Artıq qeydiyyatda olan şəxs əlaqələndiriləcək' })
    .waitFor();
  await form.getByLabel('Uşağa qohumluq').selectOption('aunt_uncle');
  await form.getByRole('button', { name: 'Ailəyə əlavə et' }).click();
  await page.getByRole('cell', { name: 'Əliyeva Gülnarə', exact: true }).waitFor();

  const aunts = async (caseId: string) =>
    (
      (await getJson(page, `/api/cases/${caseId}/family`)).items as {
        person: { id: string; givenName: string };
      }[]
    )
      .filter((m) => ['Gülnarə', 'Gulnara'].includes(m.person.givenName))
      .map((m) => m.person.id);
  const [ofFirst, ofSecond] = [await aunts(first), await aunts(second)];
  expect(ofFirst).toHaveLength(1);
  expect(ofSecond).toEqual(ofFirst);
  await page.close();
});
