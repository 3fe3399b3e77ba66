import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { tightenDataDir } from '../../server/db/data-folder';
import { launchYuva, type RunningServer } from './yuva-process';

export type { RunningServer };

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PGlite folder seeded with the demo data once for the whole run (see global-setup.ts). */
    seededDataDir: string;
  }
}

/**
 * Starts Yuva as a user would (node with tsx, server/main.ts) in demo mode, on a fresh PGlite
 * folder (removed on stop) or on `options.dataDir` (kept: the caller made it, e.g. to restart
 * on the same data). A folder without data gets a copy of the run's seeded folder, so each test
 * file starts from the same demo data without loading it again and never sees another file's
 * writes; without one (another config), the server loads the demo data itself.
 */
export async function startServer(
  env: Record<string, string> = {},
  options: { dataDir?: string } = {},
): Promise<RunningServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'yuva-e2e-'));
  const seeded = inject('seededDataDir');
  if (seeded && readdirSync(dataDir).length === 0) copySeeded(seeded, dataDir);
  const server = await launchYuva(env, dataDir);
  return {
    ...server,
    stop: async () => {
      const code = await server.stop();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

/**
 * Copies the seeded folder. fs.cp keeps the modes (folders 0700, files 0600, decision 0021);
 * tightening afterwards keeps that true should the copy ever widen one.
 */
function copySeeded(from: string, to: string) {
  if (!existsSync(join(from, 'PG_VERSION'))) throw new Error(`${from} is not a seeded PGlite folder`);
  cpSync(from, to, { recursive: true });
  tightenDataDir(to);
}
