/**
 * Creates a user from the command line — how the first administrator of a real install is made.
 *   npm run user:create -- --username aysel --name "Aysel Məmmədova" --role admin [--password …]
 * Without --password the password is read from YUVA_NEW_PASSWORD or asked for on the terminal.
 * Every refusal names the option and says why, in the terminal's language (LC_ALL, LC_MESSAGES or
 * LANG: az, tr, ru, else English), and exits non-zero having created nothing (decision 0024):
 * 2 for what was typed, 1 for what the database refused (a username already taken).
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createUserBodySchema, PASSWORD_MIN_LENGTH } from '../common/contracts/users';
import { isLocale, type Locale } from '../common/i18n/locales';
import { ROLES } from '../common/roles';
import { openDatabase } from '../server/db/client';
import { migrate } from '../server/db/migrate';
import { loadReferenceData } from '../server/db/seeds/reference';
import { passwordProblem } from '../server/domain/auth/password-rules';
import { defaultAuthSettings, systemClock } from '../server/domain/context';
import { AppError } from '../server/domain/errors';
import { createUser } from '../server/domain/users/users.service';
import { readEnv } from '../server/env';
import { t } from '../server/i18n/translate';

const PASSWORD_MAX_LENGTH = 200;

/** The option each field of the body is typed as. */
const FLAG_OF: Record<string, string> = {
  username: '--username',
  displayName: '--name',
  role: '--role',
  password: '--password',
};

/** The terminal's language, as POSIX programs read it; English when it is none of ours. */
function terminalLocale(env: NodeJS.ProcessEnv): Locale {
  const setting = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const language = setting.slice(0, 2).toLowerCase();
  return isLocale(language) ? language : 'en';
}

const locale = terminalLocale(process.env);
const say = (key: string, values: Record<string, string | number> = {}) => t(locale, key, values);
const usage = () => say('cli.userCreate.usage', { roles: ROLES.join('|') });

class Refusal extends Error {
  constructor(
    readonly lines: string[],
    readonly exitCode: 1 | 2,
  ) {
    super(lines.join('\n'));
  }
}

/** The options, or a refusal saying which option was not understood. */
function readOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        username: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string', default: 'admin' },
        password: { type: 'string' },
      },
    }).values;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const quoted = /'([^' ]+)/.exec(error instanceof Error ? error.message : '')?.[1] ?? '';
    const line =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? say('cli.userCreate.unknownOption', { option: quoted })
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? say('cli.userCreate.optionValue', { option: quoted })
          : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
            ? say('cli.userCreate.unexpected', { argument: quoted })
            : null;
    if (line === null) throw error;
    throw new Refusal([line, usage()], 2);
  }
}

/** Asks on the terminal; a closed input (nothing typed, no terminal) gives no password. */
async function askPassword(): Promise<string | undefined> {
  if (process.env.YUVA_NEW_PASSWORD) return process.env.YUVA_NEW_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const closed = once(rl, 'close').then(() => undefined);
  const answer = await Promise.race([
    rl.question(say('cli.userCreate.passwordPrompt', { min: PASSWORD_MIN_LENGTH })),
    closed,
  ]);
  rl.close();
  if (answer === undefined) process.stderr.write('\n');
  return answer;
}

/** Why a field's value was refused by the schema, in plain words that name its option. */
function fieldRule(field: string, body: Record<string, unknown>): string {
  const flag = FLAG_OF[field] ?? field;
  const value = String(body[field] ?? '');
  if (field === 'username') return say('cli.userCreate.username', { flag, value });
  if (field === 'displayName') return say('cli.userCreate.name', { flag });
  if (field === 'role') return say('cli.userCreate.role', { flag, value, roles: ROLES.join(', ') });
  if (field === 'password')
    return say('cli.userCreate.passwordLength', {
      flag,
      min: PASSWORD_MIN_LENGTH,
      max: PASSWORD_MAX_LENGTH,
      length: [...value].length,
    });
  return say('error.field.invalid', { field: flag });
}

/** The new user's details, checked as the API checks them (the schema, then the password rules). */
async function readBody(args: string[]) {
  const values = readOptions(args);
  const missing = (['username', 'name'] as const).filter((o) => !values[o]?.trim());
  if (missing.length)
    throw new Refusal([...missing.map((o) => say('error.field.required', { field: `--${o}` })), usage()], 2);
  const password = values.password ?? (await askPassword());
  if (password === undefined)
    throw new Refusal([say('cli.userCreate.noPassword', { flag: '--password' })], 2);
  const raw = {
    username: values.username,
    displayName: values.name,
    role: values.role,
    password,
    scopeAll: true,
    scopeLocationIds: [],
    scopeProgrammeIds: [],
  };
  const parsed = createUserBodySchema.safeParse(raw);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
    throw new Refusal(
      fields.map((field) => fieldRule(field, raw)),
      2,
    );
  }
  const problem = passwordProblem(parsed.data.password, parsed.data);
  if (problem)
    throw new Refusal([say(`error.field.weak_password.${problem}`, { field: FLAG_OF.password! })], 2);
  return parsed.data;
}

/** What the domain refused, one line per field when it names fields. */
function refusalOf(error: AppError): Refusal {
  const fields = (error.details as { fields?: { field: string; message: string }[] } | undefined)?.fields;
  const lines = fields?.length
    ? fields.map((f) => {
        const flag = FLAG_OF[f.field.replace(/^body\./, '')];
        return flag ? f.message.replace(f.field, flag) : f.message;
      })
    : [say(`error.${error.messageKey ?? error.code}`, error.values)];
  return new Refusal(lines, error.code === 'validation_failed' ? 2 : 1);
}

async function main() {
  const body = await readBody(process.argv.slice(2));
  const env = readEnv();
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.YUVA_DATA_DIR });
  try {
    await migrate(db);
    await loadReferenceData(db);
    const ctx = { actor: null, requestId: 'cli', ip: 'cli', locale };
    const user = await createUser({ db, clock: systemClock, auth: defaultAuthSettings }, ctx, body);
    console.log(say('cli.userCreate.created', { role: user.role, username: user.username, id: user.id }));
  } catch (error) {
    throw error instanceof AppError ? refusalOf(error) : error;
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  if (error instanceof Refusal) {
    for (const line of error.lines) console.error(line);
    console.error(say('cli.userCreate.nothingCreated'));
    process.exitCode = error.exitCode;
    return;
  }
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
