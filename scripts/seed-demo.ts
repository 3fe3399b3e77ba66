/**
 * Loads reproducible demo data into the configured database (YUVA_DATA_DIR or DATABASE_URL):
 *   npm run seed:demo -- --children 200 --seed 2000
 * The same seed on the same day gives the same children, houses and names.
 * Refuses a database that already has users, so real data is never mixed with demo data.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/db/client';
import { migrate } from '../server/db/migrate';
import { DEMO_USERS, hasAnyUser, seedDemo } from '../server/db/seeds/demo';
import { loadReferenceData } from '../server/db/seeds/reference';
import { defaultAuthSettings, systemClock } from '../server/domain/context';
import { readEnv } from '../server/env';

const { values } = parseArgs({
  options: { children: { type: 'string', default: '200' }, seed: { type: 'string', default: '2000' } },
});

async function main() {
  const children = Number(values.children);
  const seed = Number(values.seed);
  if (!Number.isInteger(children) || children < 0 || !Number.isInteger(seed) || seed < 0) {
    console.error('usage: npm run seed:demo -- [--children N] [--seed N]');
    process.exit(2);
  }
  const env = readEnv();
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.YUVA_DATA_DIR });
  try {
    await migrate(db);
    await loadReferenceData(db);
    if (await hasAnyUser(db)) {
      console.error(
        'This database already has users; demo data goes only into a new one (set YUVA_DATA_DIR to an empty folder).',
      );
      process.exitCode = 1;
      return;
    }
    const today = new Date().toISOString().slice(0, 10);
    let shown = 0;
    const deps = { db, clock: systemClock, auth: defaultAuthSettings };
    const result = await seedDemo(deps, { children, seed, today }, (done, total) => {
      const percent = Math.floor((100 * done) / Math.max(1, total));
      if (percent >= shown + 10 || done === total) {
        shown = percent;
        process.stdout.write(`\r  children: ${done}/${total} (${percent} %)`);
      }
    });
    console.log(
      `\nDemo data: ${result.children} children in ${result.houses} family houses, ${result.shortTerm} short-term care episodes, ${result.youthHouse.residents} youth-house residents and ${result.youthHouse.leavers} care leavers, ${result.foster.families} foster-family applications (${result.foster.approved} approved, ${result.foster.placed} children placed with them).`,
    );
    console.log(
      DEMO_USERS.map((u) => `  ${u.role.padEnd(20)} ${u.username.padEnd(16)} ${u.password}`).join('\n'),
    );
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
