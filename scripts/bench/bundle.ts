/**
 * How much JavaScript the first pages cost a browser:
 *   npm run bench:bundle                        builds the web app, then sizes from dist/web
 *   npm run bench:bundle -- --no-build          sizes of the build already in dist/web
 *   npm run bench:bundle -- --url http://127.0.0.1:3000 [--user worker --password demo-worker-2026]
 *                                               also what Chromium downloads from that server, and
 *                                               the time to the form on emulated Slow/Fast 3G
 * From dist: per page (sign-in, the start page, the public form) and language, the chunks the page
 * loads (its HTML's entry and the lazy modules it imports, with their static imports) — raw, gzip
 * and brotli. Prints tables and writes bench-results/bundle.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchChromium } from '../lib/chromium';
import { CONNECTIONS, type ConnectionName, recordDownloads, scriptBytes, timeTo } from './bundle-browser';
import { measurePages } from './bundle-graph';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist/web' },
    url: { type: 'string' },
    user: { type: 'string', default: 'worker' },
    password: { type: 'string', default: 'demo-worker-2026' },
  },
});

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

if (!values['no-build']) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
const fromDist = measurePages(values.dist);
console.log('\nJavaScript per page, from the build (kB = 1000 bytes)\n');
console.log('| page | language | files | raw kB | gzip kB | brotli kB | gzip target kB | enforced kB |');
console.log('| --- | --- | --: | --: | --: | --: | --: | --: |');
const limit = (gzip: number, bytes?: number) =>
  bytes ? `${kb(bytes)}${gzip > bytes ? ' **over**' : ''}` : '';
for (const p of fromDist) {
  const sizes = `${kb(p.raw)} | ${kb(p.gzip)} | ${kb(p.brotli)}`;
  const limits = `${limit(p.gzip, p.target)} | ${limit(p.gzip, p.budget)}`;
  console.log(`| ${p.page} | ${p.locale} | ${p.files.length} | ${sizes} | ${limits} |`);
}

/** What Chromium downloads from a running server, and the time to the first field on slow connections. */
async function inChromium(base: string) {
  const browser = await launchChromium();
  try {
    const pages: { page: string; scripts: number; scriptBytes: number; encodings: string[] }[] = [];
    const visit = async (page: string, act: (p: import('playwright-core').Page) => Promise<void>) => {
      const tab = await browser.newPage();
      const read = recordDownloads(tab);
      await act(tab);
      await tab.waitForLoadState('networkidle');
      const downloads = (await read()).filter((d) => d.type === 'script');
      pages.push({
        page,
        scripts: downloads.length,
        scriptBytes: scriptBytes(downloads),
        encodings: [...new Set(downloads.map((d) => d.contentEncoding))],
      });
      await tab.close();
    };
    await visit('public form', async (p) => {
      await p.goto(`${base}/apply`);
      await p.locator('form input').first().waitFor();
    });
    await visit('sign-in', async (p) => {
      await p.goto(base);
      await p.locator('input[name="username"]').waitFor();
    });
    await visit('sign-in → start page', async (p) => {
      await p.goto(base);
      await p.locator('input[name="username"]').fill(values.user);
      await p.locator('input[name="password"]').fill(values.password);
      await p.locator('button[type="submit"]').click();
      await p.locator('nav').waitFor();
    });
    const timings: { page: string; connection: ConnectionName; ms: number }[] = [];
    for (const connection of Object.keys(CONNECTIONS) as ConnectionName[]) {
      timings.push({
        page: 'public form',
        connection,
        ms: await timeTo(browser, `${base}/apply`, 'form input', connection),
      });
      timings.push({
        page: 'sign-in',
        connection,
        ms: await timeTo(browser, base, 'input[name="username"]', connection),
      });
    }
    console.log('\nWhat Chromium downloaded (scripts, bytes as sent)\n');
    console.log('| page | scripts | kB as sent | encodings |');
    console.log('| --- | --: | --: | --- |');
    for (const p of pages)
      console.log(`| ${p.page} | ${p.scripts} | ${kb(p.scriptBytes)} | ${p.encodings.join(', ')} |`);
    console.log('\nTime to the first field, empty cache\n');
    console.log('| page | connection | seconds |');
    console.log('| --- | --- | --: |');
    for (const t of timings) console.log(`| ${t.page} | ${t.connection} | ${(t.ms / 1000).toFixed(1)} |`);
    return { pages, timings };
  } finally {
    await browser.close();
  }
}

const chromium = values.url ? await inChromium(values.url.replace(/\/$/, '')) : undefined;
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bundle.json', `${JSON.stringify({ fromDist, chromium }, null, 2)}\n`);
console.log('\nbench-results/bundle.json');
