import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import {
  CONTEXT,
  check,
  inParallel,
  LOCALES,
  type Locale,
  linksOn,
  open,
  problemsByPage,
  ready,
  type Settled,
  switchLanguage,
  trackRequests,
  type Visit,
} from './accessibility-walk';
import { type RunningServer, startServer } from './server';

/**
 * Every page of the web app, checked by axe-core (WCAG 2.0 and 2.1, A and AA rules) in Chromium
 * on the demo data; the test fails listing, page by page, every serious or critical finding with
 * its rule and element, and every page whose title is just "Yuva" or that has no heading.
 *
 * What it covers:
 * - Every route as every role that can open it (one demo user per role: admin, director,
 *   supervisor, social worker, foster care officer, analyst, teacher), in each of the four
 *   languages (az, tr, ru, en). Record pages (a child's case, a foster family, a programme, a
 *   group, its register, an enrolment, a household, the dashboard's drill-down) are opened from a
 *   real link of the list that user sees. Roles differ in what a page shows (buttons, columns,
 *   tabs) and languages in their words (length, wrapping, a missing label).
 * - As the admin in Azerbaijani, every tab of the record pages that have tabs (a case, a
 *   household, a group): a tab's panel is only in the page while it is open.
 * - The two-factor enrolment page (a role that must use an authenticator signs in for the first
 *   time), before and after the key is shown, in the four languages.
 * - Signed out, in all four languages: the sign-in page, the public application form and a
 *   family's status page (from an application sent for the test).
 * The app has no dark theme (one colour scheme, see web/app/theme.ts), so there is none to walk.
 *
 * Speed: one browser; one context per role, signed in once, its language switched in the app's
 * header (saved as the user's choice, which wins over the device's); pages change inside the
 * app (no reload); two roles walk at the same time (YUVA_A11Y_WIDTH to change). Set
 * YUVA_A11Y_URL to check a server that is already running the demo instead of starting one, and
 * YUVA_A11Y_USERS (e.g. `delegate-az,admin`) to walk only those users (no signed-out pages then).
 */

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

interface Route {
  /** A fixed path, or the first link on an earlier page that matches (a real record). */
  path?: string;
  link?: RegExp;
  /** Added to the link found (a page under the record). */
  suffix?: string;
  /** Every permission the router asks for this route. */
  needs?: string[];
  /** The record page has tabs (walked as the admin in Azerbaijani). */
  tabs?: boolean;
}

/** The routes of web/app/AppRoutes.tsx, lists before the records opened from them. */
const ROUTES: Route[] = [
  { path: '/' },
  { path: '/dashboard', needs: ['indicators.read'] },
  { link: /^\/dashboard\/children\?/, needs: ['indicators.read', 'cases.read'] },
  { path: '/cases', needs: ['cases.read'] },
  { path: '/cases/new', needs: ['cases.write'] },
  { link: new RegExp(`^/cases/${UUID}$`), needs: ['cases.read'], tabs: true },
  { path: '/locations', needs: ['organisation.read'] },
  { path: '/programmes', needs: ['organisation.read'] },
  { link: new RegExp(`^/programmes/${UUID}$`), needs: ['organisation.read'] },
  { path: '/groups', needs: ['programmes.read'] },
  { link: new RegExp(`^/groups/${UUID}$`), needs: ['programmes.read'], tabs: true },
  // The register opens by its address for every role that reads groups (only some see its link).
  { link: new RegExp(`^/groups/${UUID}$`), suffix: '/register', needs: ['programmes.read'] },
  { link: new RegExp(`^/enrolments/${UUID}$`), needs: ['programmes.read'] },
  { path: '/quality', needs: ['quality.read'] },
  { path: '/reports', needs: ['reports.read'] },
  { path: '/countries', needs: ['indicators.share'] },
  { path: '/hub/send', needs: ['cooperation.push'] },
  { path: '/hub/connection', needs: ['cooperation.connect'] },
  { path: '/strengthening', needs: ['strengthening.read'] },
  { path: '/strengthening/new', needs: ['strengthening.write'] },
  { link: new RegExp(`^/strengthening/${UUID}$`), needs: ['strengthening.read'], tabs: true },
  { path: '/foster', needs: ['foster.read'] },
  { path: '/foster/funnel', needs: ['foster.read'] },
  { path: '/foster/recruitment', needs: ['foster.read'] },
  { link: new RegExp(`^/foster/${UUID}$`), needs: ['foster.read'] },
  { path: '/users', needs: ['users.manage'] },
  { path: '/account' },
  { path: '/audit', needs: ['audit.read'] },
  { path: '/exports/research', needs: ['exports.pseudonymised'] },
  { path: '/people/merge', needs: ['people.merge'] },
  // The countries' cooperation space (issue 17), its lists before the records opened from them.
  { path: '/cooperation', needs: ['cooperation.read'] },
  { path: '/cooperation/working-group', needs: ['cooperation.read'] },
  { path: '/cooperation/meetings', needs: ['cooperation.read'] },
  { link: new RegExp(`^/cooperation/meetings/${UUID}$`), needs: ['cooperation.read'] },
  { path: '/cooperation/actions', needs: ['cooperation.read'] },
  { link: new RegExp(`^/cooperation/actions/${UUID}$`), needs: ['cooperation.read'] },
  { path: '/cooperation/commitments', needs: ['cooperation.read'] },
  { path: '/cooperation/practices', needs: ['cooperation.read'] },
  { link: new RegExp(`^/cooperation/practices/${UUID}$`), needs: ['cooperation.read'] },
  { path: '/cooperation/practices/queue', needs: ['cooperation.read'] },
  { path: '/cooperation/practices/new', needs: ['cooperation.write'] },
  { path: '/cooperation/exchanges', needs: ['cooperation.read'] },
  { path: '/cooperation/observance-days', needs: ['cooperation.read'] },
  { path: '/cooperation/foster-day', needs: ['cooperation.read'] },
  { path: '/cooperation/figures', needs: ['cooperation.read'] },
  { path: '/cooperation/hub', needs: ['cooperation.hub'] },
  { path: '/no-such-page' },
];

/** One demo user per role (server/db/seeds/demo.ts). */
const USERS = [
  ['admin', 'demo-admin-2026'],
  ['director', 'demo-director-2026'],
  ['supervisor', 'demo-supervisor-2026'],
  ['worker', 'demo-worker-2026'],
  ['officer', 'demo-officer-2026'],
  ['analyst', 'demo-analyst-2026'],
  ['teacher', 'demo-teacher-2026'],
  // The working group's delegates (the demo installation is also the hub): the secretary and the chair.
  ['delegate-az', 'demo-delegate-az-2026'],
  ['delegate-tr', 'demo-delegate-tr-2026'],
] as const;

let server: RunningServer | undefined;
let browser: Browser;
let base: string;
const visits: Visit[] = [];
const missing: string[] = [];
const REPORT = 'test-results/accessibility.json';
const WIDTH = Number(process.env.YUVA_A11Y_WIDTH ?? 2);

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  if (process.env.YUVA_A11Y_URL) base = process.env.YUVA_A11Y_URL;
  else {
    server = await startServer();
    base = server.url;
  }
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Keeps a checked page; what was checked so far is written out for a run cut short. */
function record(visit: Visit) {
  visits.push(visit);
  writeFileSync(REPORT, JSON.stringify(visits, null, 2));
}

async function signIn(username: string, password: string): Promise<BrowserContext> {
  const context = await browser.newContext(CONTEXT);
  const page = await context.newPage();
  await page.goto(base);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.locator('nav').waitFor();
  return context;
}

/** Opens each tab of the record page open now, after the first, and checks it. */
async function visitTabs(page: Page, who: string, locale: Locale, settled: Settled) {
  const tabs = page.locator('main [role="tab"]');
  for (let i = 1; i < (await tabs.count()); i++) {
    await tabs.nth(i).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('main [role="tab"]')[n]?.getAttribute('aria-selected') === 'true',
      i,
    );
    await ready(page, settled);
    const where = await page.evaluate(() => `${location.pathname}${location.search}`);
    const name = (await tabs.nth(i).textContent())?.trim();
    record(await check(page, who, locale, `${where} (tab "${name}")`));
  }
}

/** Visits every route the user can open, in the language the user has now. */
async function visitAll(page: Page, who: string, locale: Locale, permissions: string[], settled: Settled) {
  const seen: string[] = [];
  for (const route of ROUTES) {
    if (!(route.needs ?? []).every((p) => permissions.includes(p))) continue;
    const found = seen.find((href) => route.link?.test(href));
    const path = route.path ?? (found && `${found}${route.suffix ?? ''}`);
    if (!path) {
      missing.push(`${route.link} as ${who} in ${locale}`);
      continue;
    }
    const renamed = await open(page, path, settled);
    record(await check(page, who, locale, path, renamed));
    seen.push(...(await linksOn(page)));
    if (route.tabs && who === 'admin' && locale === 'az') await visitTabs(page, who, locale, settled);
  }
}

/** One role: signed in once, every route in each language, then back to Azerbaijani. */
async function walkRole([username, password]: (typeof USERS)[number]) {
  const context = await signIn(username, password);
  const page = context.pages()[0]!;
  const settled = trackRequests(page);
  const session = await page.evaluate(() => fetch('/api/auth/session').then((r) => r.json()));
  const permissions: string[] = session.user.permissions;
  try {
    for (const locale of LOCALES) {
      await open(page, '/', settled);
      await switchLanguage(page, locale, settled);
      await visitAll(page, username, locale, permissions, settled);
    }
  } finally {
    // The demo users keep Azerbaijani, as seeded, for whoever uses this server next.
    await open(page, '/', settled).catch(() => undefined);
    await switchLanguage(page, 'az', settled).catch(() => undefined);
    await context.close();
  }
}

/** The admin's API, from the test itself (a session cookie and its CSRF token). */
async function adminApi() {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'demo-admin-2026' }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return (method: string, path: string, body?: unknown) =>
    fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
}

/** A teacher signs in while teachers must use an authenticator: the enrolment page, then its key. */
async function walkEnrolment() {
  const api = await adminApi();
  const requireFor = (on: boolean) =>
    api('PUT', '/api/security/two-factor-roles/teacher', { requireTwoFactor: on }).then((r) => r.status);
  expect(await requireFor(true)).toBe(200);
  try {
    for (const locale of LOCALES) {
      const context = await browser.newContext(CONTEXT);
      const page = await context.newPage();
      const settled = trackRequests(page);
      await page.goto(base);
      await page.evaluate((l) => localStorage.setItem('yuva.locale', l), locale);
      await page.reload();
      await page.locator('input[name="username"]').fill('teacher');
      await page.locator('input[name="password"]').fill('demo-teacher-2026');
      await page.locator('button[type="submit"]').click();
      await page.locator('main button').first().waitFor();
      await ready(page, settled);
      record(await check(page, 'teacher (enrolment)', locale, '/ (two-factor enrolment)'));
      // The first button sets up the authenticator: a QR code, the key and the code field.
      await page.locator('main button').first().click();
      await page.getByTestId('totp-secret').waitFor();
      await ready(page, settled);
      record(await check(page, 'teacher (enrolment)', locale, '/ (two-factor enrolment, key shown)'));
      await context.close();
    }
  } finally {
    expect(await requireFor(false)).toBe(200);
  }
}

/** Signed out: the sign-in page, the application form and a family's status page. */
async function walkSignedOut() {
  const application = await fetch(`${base}/api/public/foster-applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      country: 'AZ',
      twoParent: false,
      address: 'Nizami küç. 5',
      phone: '+994 22 000 00 00',
      adults: [
        {
          givenName: 'Leyla',
          familyName: 'Qasımova',
          birthDate: '1984-04-04',
          education: 'higher',
          regularIncome: true,
          citizenship: 'AZ',
          residence: 'AZ',
          applicant: true,
        },
      ],
    }),
  });
  expect(application.status).toBe(201);
  const { statusPath } = (await application.json()) as { statusPath: string };
  const context = await browser.newContext(CONTEXT);
  const page = await context.newPage();
  const settled = trackRequests(page);
  for (const locale of LOCALES) {
    await page.goto(base);
    await page.evaluate((l) => localStorage.setItem('yuva.locale', l), locale);
    for (const path of ['/', '/apply', new URL(statusPath, base).pathname]) {
      await page.goto(`${base}${path}`);
      await page.locator('h1').first().waitFor();
      await ready(page, settled);
      record(await check(page, 'signed out', locale, path));
    }
  }
  await context.close();
}

it('every page, as every role that can open it and in every language, has no serious or critical axe finding', async () => {
  const started = Date.now();
  // YUVA_A11Y_USERS (comma-separated user names) walks only those roles, e.g. after a change to one area.
  const only = process.env.YUVA_A11Y_USERS?.split(',');
  await inParallel(
    USERS.filter(([u]) => !only || only.includes(u)),
    WIDTH,
    walkRole,
  );
  if (!only) {
    await walkEnrolment();
    await walkSignedOut();
  }
  console.info(
    `accessibility: ${visits.length} pages checked in ${Math.round((Date.now() - started) / 1000)} s`,
  );

  expect(missing, 'record pages with no link to open them').toEqual([]);
  // 9 users × 4 languages × the routes each can open, the admin's tabs, enrolment and signed out.
  if (!process.env.YUVA_A11Y_USERS) expect(visits.length).toBeGreaterThan(500);
  expect(problemsByPage(visits)).toEqual([]);
}, 1_200_000);
