import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip as gzipCallback } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const gzip = promisify(gzipCallback);
const brotli = promisify(brotliCompress);

/** Text files worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file of the build, at the highest levels
 * (once, at build time, so the server spends nothing per request): @fastify/static's
 * `preCompressed` then sends the smallest one the browser accepts (server/plugins/web.ts).
 */
function precompress(): Plugin {
  return {
    name: 'yuva-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir;
      if (!dir) return;
      // The manifest (.vite/) is read by the build's tools, never sent.
      const names = Object.keys(bundle).filter((n) => COMPRESSIBLE.test(n) && !n.startsWith('.vite/'));
      const quality = { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY };
      // zlib's asynchronous calls run on libuv's threads: every core compresses.
      await Promise.all(
        names.map(async (name) => {
          const path = join(dir, name);
          const content = await readFile(path);
          const [gz, br] = await Promise.all([
            gzip(content, { level: 9 }),
            brotli(content, { params: quality }),
          ]);
          await Promise.all([writeFile(`${path}.gz`, gz), writeFile(`${path}.br`, br)]);
        }),
      );
    },
  };
}

export default defineConfig({
  root: 'web',
  plugins: [react(), precompress()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // Two pages: the staff app, and the public application form that must stay light (apply.html).
    rolldownOptions: { input: { index: 'web/index.html', apply: 'web/apply.html' } },
    // Which chunks each page and lazy page needs: read by `npm run bench:bundle` and the size budget test.
    manifest: true,
  },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
});
