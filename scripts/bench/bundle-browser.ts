/**
 * What Chromium really downloads for a page of a running Yuva server: every script and style sheet
 * with the bytes that came over the wire (after Content-Encoding), and, on an emulated slow mobile
 * connection (Chrome DevTools' presets, set through CDP), how long until the page's first field is
 * on screen. Shared by `npm run bench:bundle -- --url …` and tests/e2e/first-load.e2e.ts.
 */
import type { Browser, Page } from 'playwright-core';

export interface Download {
  url: string;
  type: 'script' | 'stylesheet';
  /** Bytes of the body as sent (compressed when the server compressed it). */
  encodedBytes: number;
  contentEncoding: string;
}

/** DevTools' network presets (bytes per second, milliseconds of latency). */
export const CONNECTIONS = {
  'Slow 3G': { latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 },
  'Fast 3G': { latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 },
} as const;
export type ConnectionName = keyof typeof CONNECTIONS;

/** Starts recording the scripts and style sheets the page downloads; call the result to read them. */
export function recordDownloads(page: Page): () => Promise<Download[]> {
  const pending: Promise<Download | null>[] = [];
  page.on('requestfinished', (request) => {
    const type = request.resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    pending.push(
      (async () => {
        const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
        const headers = (await response?.allHeaders()) ?? {};
        return {
          url: request.url(),
          type,
          encodedBytes: sizes.responseBodySize,
          contentEncoding: headers['content-encoding'] ?? 'identity',
        };
      })(),
    );
  });
  return async () => (await Promise.all(pending)).filter((d): d is Download => d !== null);
}

export const scriptBytes = (downloads: Download[]) =>
  downloads.filter((d) => d.type === 'script').reduce((sum, d) => sum + d.encodedBytes, 0);

/**
 * Milliseconds from navigation until `ready` is visible, in a fresh context (empty cache) on
 * an emulated connection.
 */
export async function timeTo(
  browser: Browser,
  url: string,
  ready: string,
  connection: ConnectionName,
): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...CONNECTIONS[connection] });
    const started = Date.now();
    await page.goto(url, { waitUntil: 'commit', timeout: 180_000 });
    await page.locator(ready).first().waitFor({ state: 'visible', timeout: 180_000 });
    return Date.now() - started;
  } finally {
    await context.close();
  }
}
