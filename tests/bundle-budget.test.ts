import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measurePages, type PageSizes } from '../scripts/bench/bundle-graph';

/**
 * The size budget of the first load (issue 16, item 5), on a fresh build of the web app: the
 * JavaScript gzipped that sign-in and then the start page need, and that the public application
 * form needs, in every interface language — the chunks each page's HTML and lazy imports pull in,
 * as Vite's manifest lists them (scripts/bench/bundle-graph.ts). Bytes, not timings.
 */
const outDir = mkdtempSync(join(tmpdir(), 'yuva-bundle-'));
let pages: PageSizes[] = [];

beforeAll(async () => {
  // Vitest runs with NODE_ENV=test, which would build React's development bundle.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: 'vite.config.ts',
      mode: 'production',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  pages = measurePages(outDir);
}, 240_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const over = (p: PageSizes) => `${p.page} (${p.locale}): ${p.gzip} bytes gzipped, budget ${p.budget}`;

describe('the first load', () => {
  it('stays within its budgets in every language', () => {
    const budgeted = pages.filter((p) => p.budget !== undefined);
    expect(new Set(budgeted.map((p) => p.page))).toEqual(new Set(['sign-in → start page', 'public form']));
    expect(budgeted.filter((p) => p.gzip > p.budget!).map(over)).toEqual([]);
  });

  it('splits the staff app: sign-in loads no page but its own', () => {
    const signIn = pages.find((p) => p.page === 'sign-in' && p.locale === 'az')!;
    const start = pages.find((p) => p.page === 'start page (signed in)' && p.locale === 'az')!;
    expect(signIn.files.some((f) => /\/(AppLayout|HomePage|CasePage|DashboardPage)-/.test(f))).toBe(false);
    expect(start.files.some((f) => /\/HomePage-/.test(f))).toBe(true);
  });

  it('the public form loads none of the staff app and one language', () => {
    const form = pages.find((p) => p.page === 'public form' && p.locale === 'ru')!;
    const staff = form.files.filter((f) =>
      /\/(index|AppLayout|HomePage|LoginPage|CasePage|SearchBox)-/.test(f),
    );
    expect(staff).toEqual([]);
    const languages = form.files.filter((f) => /\/(public-)?(az|tr|en)-/.test(f));
    expect(languages).toEqual([]);
  });

  it('the public form is plain React: no Mantine, zod or react-intl', () => {
    const form = pages.find((p) => p.page === 'public form' && p.locale === 'az')!;
    const code = form.files.map((f) => readFileSync(join(outDir, f), 'utf8')).join('\n');
    // What each library's build always carries: Mantine's class names, zod's error, react-intl's name.
    for (const marker of ['mantine-', 'ZodError', '[React Intl]', 'IntlMessageFormat'])
      expect(code.includes(marker), marker).toBe(false);
    // …which the staff app's chunks do carry, so the check can fail.
    const all = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
    const staffCode = all.map((f) => readFileSync(join(outDir, 'assets', f), 'utf8')).join('\n');
    for (const marker of ['mantine-', 'ZodError', '[React Intl]'])
      expect(staffCode.includes(marker), marker).toBe(true);
  });

  it('every script and style sheet has its brotli and gzip copies beside it', () => {
    const assets = readdirSync(join(outDir, 'assets')).filter((f) => /\.(js|css)$/.test(f));
    expect(assets.length).toBeGreaterThan(10);
    const missing = assets.filter(
      (f) => !existsSync(join(outDir, 'assets', `${f}.br`)) || !existsSync(join(outDir, 'assets', `${f}.gz`)),
    );
    expect(missing).toEqual([]);
  });
});
