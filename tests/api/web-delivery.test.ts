import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * How the built web app reaches a browser (server/plugins/web.ts): the precompressed copy the
 * browser accepts (brotli before gzip) with `Vary: Accept-Encoding`, hashed files under assets/
 * cached for a year, the pages revalidated, and the public pages served from apply.html. A small
 * web folder stands in for the build, with .br and .gz copies as the build writes them.
 */
const webDir = mkdtempSync(join(tmpdir(), 'yuva-web-delivery-'));
const script = `export const greeting = ${JSON.stringify('Salam! '.repeat(400))};\n`;
const staffPage =
  '<!doctype html><html><body><div id="root"></div><script src="/assets/index-a1b2c3.js"></script></body></html>';
const publicPage =
  '<!doctype html><html><body><div id="root"></div><script src="/assets/apply-d4e5f6.js"></script></body></html>';

function writeWithCopies(path: string, content: string) {
  writeFileSync(path, content);
  writeFileSync(`${path}.gz`, gzipSync(content));
  writeFileSync(`${path}.br`, brotliCompressSync(content));
}
writeWithCopies(join(webDir, 'index.html'), staffPage);
writeWithCopies(join(webDir, 'apply.html'), publicPage);
mkdirSync(join(webDir, 'assets'));
writeWithCopies(join(webDir, 'assets', 'index-a1b2c3.js'), script);
writeFileSync(join(webDir, 'robots.txt'), 'User-agent: *\n');
mkdirSync(join(webDir, '.vite'));
writeFileSync(join(webDir, '.vite', 'manifest.json'), '{}');

describe('delivering the web app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ webDir });
  });
  afterAll(() => t.close());

  const get = (url: string, acceptEncoding?: string) =>
    t.app.inject({
      method: 'GET',
      url,
      headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
    });

  it('sends a script as brotli when the browser accepts it, else gzip, else as it is', async () => {
    const br = await get('/assets/index-a1b2c3.js', 'gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    expect(br.rawPayload.length).toBeLessThan(script.length / 10);

    const gzip = await get('/assets/index-a1b2c3.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(script);

    const plain = await get('/assets/index-a1b2c3.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);

    for (const res of [br, gzip, plain]) {
      expect(String(res.headers['content-type'])).toMatch(/^(application|text)\/javascript/);
      // A shared cache must not hand the brotli copy to a browser that asked for gzip.
      expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
    }
  });

  it('caches hashed files for a year, immutable; pages and unhashed files are revalidated', async () => {
    for (const encoding of ['br', 'gzip', undefined]) {
      const asset = await get('/assets/index-a1b2c3.js', encoding);
      expect(asset.headers['cache-control'], encoding).toBe('public, max-age=31536000, immutable');
    }
    for (const url of ['/', '/index.html', '/cases/123', '/apply', '/robots.txt']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('serves the public pages from apply.html and every other page from index.html, compressed', async () => {
    for (const url of ['/apply', '/apply/', '/apply/status/abc?lang=ru']) {
      const res = await get(url, 'br');
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(String(res.headers['content-type']), url).toMatch(/^text\/html/);
      expect(brotliDecompressSync(res.rawPayload).toString(), url).toBe(publicPage);
    }
    for (const url of ['/', '/cases', '/applying', '/foster/apply']) {
      const res = await get(url, 'gzip');
      expect(gunzipSync(res.rawPayload).toString(), url).toBe(staffPage);
    }
  });

  it('never sends the build manifest or a missing asset', async () => {
    expect((await get('/.vite/manifest.json')).statusCode).toBe(404);
    expect((await get('/assets/missing-000000.js', 'br')).statusCode).toBe(404);
  });
});
