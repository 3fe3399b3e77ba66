import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchYuva } from './yuva-process';

/**
 * Loads the demo data once for the whole end-to-end run (about 45 s on two idle cores) into a
 * PGlite folder, stopped cleanly so it is checkpointed and unlocked; each test file's server then
 * starts on a copy of it (startServer in server.ts).
 */
export default async function setup(project: TestProject) {
  const folder = mkdtempSync(join(tmpdir(), 'yuva-e2e-seeded-'));
  const started = Date.now();
  // Loading the demo data takes about 45 s on an idle 2-core machine; a busy one needs several
  // times that, and it is done once, so it may take up to 10 minutes.
  const server = await launchYuva({}, folder, 600);
  const code = await server.stop();
  if (code !== 0) throw new Error(`seeding server exited with ${code}: ${server.output()}`);
  console.log(`e2e: demo data seeded once in ${((Date.now() - started) / 1000).toFixed(1)} s (${folder})`);
  project.provide('seededDataDir', folder);
  return () => rmSync(folder, { recursive: true, force: true });
}
