import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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
    writeBundle(options, bundle) {
      for (const name of Object.keys(bundle)) {
        // The manifest (.vite/) is read by the build's tools, never sent.
        if (!COMPRESSIBLE.test(name) || name.startsWith('.vite/') || !options.dir) continue;
        const path = join(options.dir, name);
        const content = readFileSync(path);
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
        const quality = { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY };
        writeFileSync(`${path}.br`, brotliCompressSync(content, { params: quality }));
      }
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
