/**
 * Creates a user from the command line — how the first administrator of a real install is made.
 *   npm run user:create -- --username aysel --name "Aysel Məmmədova" --role admin [--password …]
 * Without --password the password is read from YUVA_NEW_PASSWORD or asked for on the terminal.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createUserBodySchema } from '../common/contracts/users';
import { ROLES } from '../common/roles';
import { openDatabase } from '../server/db/client';
import { migrate } from '../server/db/migrate';
import { defaultAuthSettings, systemClock } from '../server/domain/context';
import { AppError } from '../server/domain/errors';
import { createUser } from '../server/domain/users/users.service';
import { readEnv } from '../server/env';
import { t } from '../server/i18n';
import { loadReferenceData } from '../server/seeds/reference';

const { values } = parseArgs({
  options: {
    username: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'admin' },
    password: { type: 'string' },
  },
});

async function askPassword(): Promise<string> {
  if (process.env.YUVA_NEW_PASSWORD) return process.env.YUVA_NEW_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question('Password (at least 10 characters): ');
  rl.close();
  return answer;
}

async function main() {
  if (!values.username || !values.name) {
    console.error(
      `usage: npm run user:create -- --username NAME --name "Full Name" [--role ${ROLES.join('|')}] [--password …]`,
    );
    process.exit(2);
  }
  const body = createUserBodySchema.safeParse({
    username: values.username,
    displayName: values.name,
    role: values.role,
    password: values.password ?? (await askPassword()),
    scopeAll: true,
    scopeLocationIds: [],
    scopeProgrammeIds: [],
  });
  if (!body.success) {
    for (const issue of body.error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
    process.exit(2);
  }
  const env = readEnv();
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.YUVA_DATA_DIR });
  try {
    await migrate(db);
    await loadReferenceData(db);
    const ctx = { actor: null, requestId: 'cli', ip: 'cli', locale: 'en' as const };
    const user = await createUser({ db, clock: systemClock, auth: defaultAuthSettings }, ctx, body.data);
    console.log(`Created ${user.role} "${user.username}" (${user.id}).`);
  } catch (error) {
    if (error instanceof AppError) {
      console.error(t('en', `error.${error.code}`, error.values));
      process.exitCode = 1;
    } else throw error;
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
