import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { type RunningServer, startServer } from './server';

/**
 * Every page of the web app, checked by axe-core (WCAG 2 A and AA rules) in Chromium on the demo
 * data; the test fails listing every serious or critical finding with its rule, element, page,
 * role and language, and every page whose title is just "Yuva".
 *
 * What it covers, and why that is enough:
 * - In Azerbaijani (the default language), every route as every role that can open it: one demo
 *   user per role (admin, director, supervisor, social worker, foster care officer, analyst,
 *   teacher), record pages included (a child's case, a foster family, a programme, a group, its
 *   register, an enrolment, a household, the dashboard's drill-down), each opened from a real link
 *   of the list that user sees. Roles differ in what a page shows (buttons, columns, tabs), so each
 *   role's own view is checked.
 * - In Turkish, Russian and English, every route as the admin, who can open them all and sees the
 *   most on each. Languages differ only in words (length, wrapping, a missing label), not in
 *   colours or structure, so one role per language finds what a language can break.
 * - Signed out, in all four languages: the sign-in page, the public application form and a
 *   family's status page (from an application sent for the test).
 * One browser, one signed-in context per role; pages change inside the app (no reload), so the
 * whole run stays within a few minutes on two cores. Set YUVA_A11Y_URL to check a server that is
 * already running the demo instead of starting one.
 */

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
type Locale = 'az' | 'tr' | 'ru' | 'en';

interface Route {
  /** A fixed path, or the first link on an earlier page that matches (a real record). */
  path?: string;
  link?: RegExp;
  /** Added to the link found (a page under the record). */
  suffix?: string;
  /** Every permission the router asks for this route. */
  needs?: string[];
}

/** The routes of web/app/AppRoutes.tsx, lists before the records opened from them. */
const ROUTES: Route[] = [
  { path: '/' },
  { path: '/dashboard', needs: ['indicators.read'] },
  { link: /^\/dashboard\/children\?/, needs: ['indicators.read', 'cases.read'] },
  { path: '/cases', needs: ['cases.read'] },
  { path: '/cases/new', needs: ['cases.write'] },
  { link: new RegExp(`^/cases/${UUID}$`), needs: ['cases.read'] },
  { path: '/locations' },
  { path: '/programmes' },
  { link: new RegExp(`^/programmes/${UUID}$`) },
  { path: '/groups', needs: ['programmes.read'] },
  { link: new RegExp(`^/groups/${UUID}$`), needs: ['programmes.read'] },
  // The register opens by its address for every role that reads groups (only some see its link).
  { link: new RegExp(`^/groups/${UUID}$`), suffix: '/register', needs: ['programmes.read'] },
  { link: new RegExp(`^/enrolments/${UUID}$`), needs: ['programmes.read'] },
  { path: '/quality', needs: ['quality.read'] },
  { path: '/reports', needs: ['reports.read'] },
  { path: '/countries', needs: ['indicators.share'] },
  { path: '/strengthening', needs: ['strengthening.read'] },
  { path: '/strengthening/new', needs: ['strengthening.write'] },
  { link: new RegExp(`^/strengthening/${UUID}$`), needs: ['strengthening.read'] },
  { path: '/foster', needs: ['foster.read'] },
  { path: '/foster/funnel', needs: ['foster.read'] },
  { path: '/foster/recruitment', needs: ['foster.read'] },
  { link: new RegExp(`^/foster/${UUID}$`), needs: ['foster.read'] },
  { path: '/users', needs: ['users.manage'] },
  { path: '/account' },
  { path: '/audit', needs: ['audit.read'] },
  { path: '/exports/research', needs: ['exports.pseudonymised'] },
  { path: '/people/merge', needs: ['people.merge'] },
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
] as const;

interface Finding {
  rule: string;
  impact: string;
  target: string;
  summary: string;
}
interface Visit {
  who: string;
  locale: Locale;
  path: string;
  title: string;
  /** False when the page kept the previous page's title. */
  renamed: boolean;
  /** How many h1 the page has: none means it did not open (an error, a spinner). */
  heading: number;
  findings: Finding[];
}

// The app's CSP allows no injected script; the test lets axe in (and only axe is injected).
const CONTEXT = { viewport: { width: 1280, height: 900 }, bypassCSP: true };
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let server: RunningServer | undefined;
let browser: Browser;
let base: string;
const visits: Visit[] = [];
const missing: string[] = [];

const REPORT = 'test-results/accessibility.json';

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

/** Counts the requests in flight, so a page is checked once its data has arrived. */
function trackRequests(page: Page): () => Promise<void> {
  let inFlight = 0;
  let last = Date.now();
  page.on('request', () => {
    inFlight++;
    last = Date.now();
  });
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
    last = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async () => {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && (inFlight > 0 || Date.now() - last < 250)) {
      await new Promise((r) => setTimeout(r, 50));
    }
  };
}

/**
 * Moves inside the app as a link would (no reload: the app and axe stay loaded). The new page
 * has arrived when the title has changed (each page names itself), its data has been fetched
 * and no spinner is left.
 */
async function open(page: Page, path: string, settled: () => Promise<void>): Promise<boolean> {
  const moved = await page.evaluate((to) => {
    const before = document.title;
    if (`${location.pathname}${location.search}` === to) return null;
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
    return before;
  }, path);
  const renamed =
    moved === null ||
    (await page
      .waitForFunction((before) => document.title !== before, moved, { timeout: 10_000 })
      .then(() => true)
      .catch(() => false));
  await settled();
  await page.waitForFunction(() => !document.querySelector('main .mantine-Loader-root'), null, {
    timeout: 20_000,
  });
  // A page without a heading (an error in place of the page) is reported, not waited for forever.
  await page
    .locator('h1')
    .first()
    .waitFor({ timeout: 20_000 })
    .catch(() => undefined);
  // A record's name joins the title once its data is in.
  await settled();
  return renamed;
}

/** Runs axe on the page as it is now; keeps the serious and critical findings. */
async function check(page: Page, who: string, locale: Locale, path: string, renamed = true) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const findings = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe-core is injected as a global script.
    const axe = (window as any).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.flatMap(
      (v: { id: string; impact: string; nodes: { target: string[]; failureSummary: string }[] }) =>
        v.nodes.map((n) => ({
          rule: v.id,
          impact: v.impact,
          target: n.target.join(' '),
          summary: n.failureSummary.split('\n').slice(1).join(' ').trim().slice(0, 160),
        })),
    );
  });
  visits.push({
    who,
    locale,
    path,
    title: await page.title(),
    renamed,
    heading: await page.locator('h1').count(),
    findings: findings.filter((f: Finding) => f.impact === 'serious' || f.impact === 'critical'),
  });
  // What was checked so far, for a person reading a failure (or a run cut short).
  writeFileSync(REPORT, JSON.stringify(visits, null, 2));
}

/** The hrefs of the page's links, where record pages are found. */
const linksOn = (page: Page) =>
  page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));

async function signIn(username: string, password: string): Promise<BrowserContext> {
  const context = await browser.newContext(CONTEXT);
  const page = await context.newPage();
  await page.goto(base);
  await page.evaluate(() => localStorage.setItem('yuva.locale', 'az'));
  await page.goto(base);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.locator('nav').waitFor();
  return context;
}

/** Visits every route the user can open, in the language the user has now. */
async function visitAll(page: Page, who: string, locale: Locale, permissions: string[]) {
  const settled = trackRequests(page);
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
    await check(page, who, locale, path, renamed);
    seen.push(...(await linksOn(page)));
  }
}

async function switchLanguage(page: Page, locale: Locale) {
  await page.locator('select[name="language"]').selectOption(locale);
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
  await page.waitForLoadState('networkidle');
}

it('every page, as every role that can open it and in every language, has no serious or critical axe finding', async () => {
  for (const [username, password] of USERS) {
    const context = await signIn(username, password);
    const page = context.pages()[0]!;
    const session = await page.evaluate(() => fetch('/api/auth/session').then((r) => r.json()));
    const permissions: string[] = session.user.permissions;
    await visitAll(page, username, 'az', permissions);
    if (username === 'admin') {
      for (const locale of ['tr', 'ru', 'en'] as const) {
        await open(page, '/', trackRequests(page));
        await switchLanguage(page, locale);
        await visitAll(page, username, locale, permissions);
      }
      await switchLanguage(page, 'az');
    }
    await context.close();
  }

  // Signed out: the sign-in page, the application form and a family's status page.
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
  for (const locale of ['az', 'tr', 'ru', 'en'] as const) {
    for (const path of ['/', '/apply', new URL(statusPath, base).pathname]) {
      await page.goto(base);
      await page.evaluate((l) => localStorage.setItem('yuva.locale', l), locale);
      await page.goto(`${base}${path}`);
      await page.waitForLoadState('networkidle');
      await page.locator('h1').first().waitFor();
      await check(page, 'signed out', locale, path);
    }
  }
  await context.close();

  const problems = visits.flatMap((v) => [
    ...v.findings.map(
      (f) => `${f.impact} ${f.rule} at ${f.target} (${f.summary}) — ${v.path} as ${v.who} in ${v.locale}`,
    ),
    ...(v.title === 'Yuva' || !v.title || !v.renamed
      ? [`title "${v.title}" does not name the page — ${v.path} as ${v.who} in ${v.locale}`]
      : []),
    ...(v.heading === 0 ? [`no heading: the page did not open — ${v.path} as ${v.who} in ${v.locale}`] : []),
  ]);
  expect(missing, 'record pages with no link to open them').toEqual([]);
  expect(visits.length).toBeGreaterThan(100);
  expect(problems).toEqual([]);
}, 900_000);
