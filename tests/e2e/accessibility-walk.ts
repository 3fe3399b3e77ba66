import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** How the accessibility walk (accessibility.e2e.ts) moves through the app and checks a page. */

export type Locale = 'az' | 'tr' | 'ru' | 'en';
export const LOCALES: Locale[] = ['az', 'tr', 'ru', 'en'];

export interface Finding {
  rule: string;
  impact: string;
  target: string;
  summary: string;
}

export interface Visit {
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
export const CONTEXT = { viewport: { width: 1280, height: 900 }, bypassCSP: true };
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** WCAG 2.0 and 2.1, levels A and AA: the rules the app promises to meet, and no others (speed). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Waits until the page's requests are done and none started for a moment (its data has arrived). */
export type Settled = () => Promise<void>;

export function trackRequests(page: Page): Settled {
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
    while (Date.now() < deadline && (inFlight > 0 || Date.now() - last < 200)) {
      await new Promise((r) => setTimeout(r, 40));
    }
  };
}

/** The page has its data and its heading, and no spinner is left in it. */
export async function ready(page: Page, settled: Settled): Promise<void> {
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
}

/**
 * Moves inside the app as a link would (no reload: the app and axe stay loaded). The new page
 * has arrived when the title has changed (each page names itself), its data has been fetched
 * and no spinner is left. Answers whether the title changed.
 */
export async function open(page: Page, path: string, settled: Settled): Promise<boolean> {
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
  await ready(page, settled);
  return renamed;
}

/** Runs axe on the page as it is now; answers the page's serious and critical findings. */
export async function check(
  page: Page,
  who: string,
  locale: Locale,
  path: string,
  renamed = true,
): Promise<Visit> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const findings: Finding[] = await page.evaluate(async (tags) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe-core is injected as a global script.
    const axe = (window as any).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
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
  }, TAGS);
  return {
    who,
    locale,
    path,
    title: await page.title(),
    renamed,
    heading: await page.locator('h1').count(),
    findings: findings.filter((f) => f.impact === 'serious' || f.impact === 'critical'),
  };
}

/** The hrefs of the page's links, where record pages are found. */
export const linksOn = (page: Page) =>
  page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));

/** Switches the interface language with the header's switcher (saved as the user's choice). */
export async function switchLanguage(page: Page, locale: Locale, settled: Settled) {
  if ((await page.evaluate(() => document.documentElement.lang)) === locale) return;
  await page.locator('select[name="language"]').first().selectOption(locale);
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
  await settled();
}

/** What is wrong, page by page: each page once, its findings under it. */
export function problemsByPage(visits: Visit[]): string[] {
  return visits.flatMap((v) => {
    const problems = [
      ...v.findings.map((f) => `${f.impact} ${f.rule} at ${f.target} (${f.summary})`),
      ...(v.title === 'Yuva' || !v.title || !v.renamed ? [`title "${v.title}" does not name the page`] : []),
      ...(v.heading === 0 ? ['no heading: the page did not open'] : []),
    ];
    if (problems.length === 0) return [];
    return [`${v.path} as ${v.who} in ${v.locale}:\n    ${problems.join('\n    ')}`];
  });
}

/** Runs the tasks, at most `width` at a time. */
export async function inParallel<T>(items: T[], width: number, task: (item: T) => Promise<void>) {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  };
  await Promise.all(Array.from({ length: Math.max(1, width) }, worker));
}
