/**
 * Releases the lock of a PGlite data folder (`yuva.lock`, decisions 0013 and 0021):
 *   npm run db:unlock -- [--data-dir ./data] [--force]
 * A lock left on this host by a process that no longer runs is released (a start would take it over
 * anyway); one whose process runs here is never released (stop that process). A lock from another
 * host (a server in another container on shared storage), or one that cannot be read, is released
 * only with --force: first check on that host that the process named is not a Yuva server or
 * command using this folder. Two servers on one folder lose acknowledged writes.
 */
import { parseArgs } from 'node:util';
import { type DataDirLock, releaseDataDirLock } from '../server/db/data-folder';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});

const dataDir = values['data-dir'] ?? process.env.YUVA_DATA_DIR ?? './data';
const who = (h: DataDirLock | undefined) =>
  h ? `process ${h.pid} on host ${h.host}${h.since ? ` (since ${h.since})` : ''}` : 'an unreadable lock';

try {
  const result = releaseDataDirLock(dataDir, { force: values.force });
  if (result.released) {
    console.log(`Released the lock of ${dataDir}, held by ${who(result.holder)}.`);
    process.exit(0);
  }
  switch (result.reason) {
    case 'no lock':
      console.log(`${dataDir} is not locked.`);
      process.exit(0);
      break;
    case 'running here':
      console.error(
        `${dataDir} is in use by ${who(result.holder)}, which is running on this host: stop it; ` +
          'the lock goes with it. Nothing released.',
      );
      process.exit(1);
      break;
    case 'needs --force':
      console.error(
        `${dataDir} is locked by ${who(result.holder)}. This host cannot tell whether it still runs.\n` +
          (result.holder
            ? `On ${result.holder.host}, check that process ${result.holder.pid} is not a Yuva server or command ` +
              'using this folder (stop it if it is), '
            : 'Check that no Yuva server or command on any host uses this folder, ') +
          `then run: npm run db:unlock -- --data-dir ${dataDir} --force\nNothing released.`,
      );
      process.exit(1);
  }
} catch (error) {
  console.error(`db:unlock failed: ${error instanceof Error ? error.message : error}`);
  process.exit(2);
}
