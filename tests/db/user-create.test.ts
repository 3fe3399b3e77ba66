import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/client';
import { createEmptyPostgresDatabase, testDbKind } from '../support/test-db';

/**
 * `npm run user:create` as an administrator types it: every refusal names the option and says
 * why, in the terminal's language, exits non-zero and creates nothing. Runs on PGlite (a data
 * folder) or on PostgreSQL (an empty database), as the test database is chosen.
 */
let where: { YUVA_DATA_DIR: string } | { DATABASE_URL: string };
let cleanUp: () => Promise<void>;

beforeAll(async () => {
  if (testDbKind() === 'postgres') {
    const { url, drop } = await createEmptyPostgresDatabase();
    where = { DATABASE_URL: url };
    cleanUp = drop;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'yuva-user-create-'));
    where = { YUVA_DATA_DIR: join(dir, 'data') };
    cleanUp = async () => rmSync(dir, { recursive: true, force: true });
  }
});

afterAll(async () => {
  await cleanUp();
});

function userCreate(args: string[], env: Record<string, string> = {}) {
  const {
    DATABASE_URL: _url,
    YUVA_DATA_DIR: _dir,
    YUVA_NEW_PASSWORD: _pw,
    LC_ALL: _a,
    LC_MESSAGES: _m,
    ...rest
  } = process.env;
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, '../../scripts/user-create.ts'), ...args],
    {
      encoding: 'utf8',
      input: '', // no terminal: nothing is typed at the password prompt
      env: { ...rest, LANG: 'C.UTF-8', LOG_LEVEL: 'silent', ...where, ...env },
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function usernames(): Promise<string[]> {
  if ('YUVA_DATA_DIR' in where) {
    // Before the first user the script may never have opened the folder.
    const { existsSync } = await import('node:fs');
    if (!existsSync(where.YUVA_DATA_DIR)) return [];
  }
  const db = await openDatabase({
    databaseUrl: 'DATABASE_URL' in where ? where.DATABASE_URL : undefined,
    dataDir: 'YUVA_DATA_DIR' in where ? where.YUVA_DATA_DIR : './data',
  });
  try {
    const exists = await db.query<{ t: string | null }>("select to_regclass('users')::text as t");
    if (!exists[0]?.t) return [];
    return (await db.query<{ username: string }>('select username from users order by username')).map(
      (u) => u.username,
    );
  } finally {
    await db.close();
  }
}

const aysel = ['--username', 'aysel', '--name', 'Aysel Məmmədova'];
const good = 'Gq7#vx!2pLm9';
const NOTHING = 'No user was created.';

describe('user:create refuses bad input in plain words, and creates nothing', () => {
  it.each([
    [
      'no username',
      ['--name', 'Aysel Məmmədova'],
      ['--username: please fill this in.', 'Usage: npm run user:create'],
    ],
    ['no name', ['--username', 'aysel', '--password', good], ['--name: please fill this in.', 'Usage:']],
    [
      'a common password',
      [...aysel, '--password', 'password123'],
      ['--password: this is one of the most common passwords, which are guessed first. Choose another.'],
    ],
    [
      'a password built on the name',
      [...aysel, '--password', 'aysel1234567'],
      ['--password: this password is built on the user’s name or username, which are guessed first.'],
    ],
    [
      'a short password',
      [...aysel, '--password', 'short'],
      ['--password: a password has 10 to 200 characters; this one has 5.'],
    ],
    [
      'an unknown role',
      [...aysel, '--role', 'king', '--password', good],
      ['--role: “king” is not a role. Choose one of: admin, director, supervisor,'],
    ],
    [
      'a username of other letters',
      ['--username', 'Aysel!', '--name', 'Aysel Məmmədova', '--password', good],
      ['--username: “Aysel!” cannot be a username. Use 3 to 50 characters: lower-case Latin letters'],
    ],
    [
      'an unknown option',
      [...aysel, '--password', good, '--scope', 'Baku'],
      ['“--scope” is not an option of this command.', 'Usage:'],
    ],
    ['an option without its value', [...aysel, '--password'], ['--password needs a value after it.']],
    [
      'a stray word',
      ['--username', 'aysel', 'Məmmədova', '--name', 'Aysel'],
      ['“Məmmədova” is not understood'],
    ],
    ['no password at all', aysel, ['--password: no password was given']],
  ])('%s', async (_case, args, messages) => {
    const r = userCreate(args);
    expect(r.code, r.stderr).toBe(2);
    for (const message of messages) expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(NOTHING);
    expect(r.stderr).not.toMatch(/fields marked|at .*\.ts:\d+|Error/);
    expect(r.stdout).not.toMatch(/Created/);
    expect(await usernames()).toEqual([]);
  });

  it('speaks the terminal’s language (LANG), else English', async () => {
    const az = userCreate([...aysel, '--password', 'password123'], { LANG: 'az_AZ.UTF-8' });
    expect(az.code).toBe(2);
    expect(az.stderr).toContain('--password: bu, ən çox işlənən şifrələrdən biridir');
    expect(az.stderr).toContain('Heç bir istifadəçi yaradılmadı.');
    const ru = userCreate([...aysel, '--role', 'king', '--password', good], {
      LC_ALL: 'ru_RU.UTF-8',
      LANG: 'en_US.UTF-8',
    });
    expect(ru.stderr).toContain('--role: «king» — не роль.');
    const other = userCreate([...aysel, '--password', 'short'], { LANG: 'de_DE.UTF-8' });
    expect(other.stderr).toContain('this one has 5');
  });

  it('creates the user once; the same username again is refused, with exit 1', async () => {
    const created = userCreate([...aysel, '--password', good]);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/^Created admin “aysel” \([0-9a-f-]{36}\)\.\n$/);
    const again = userCreate(['--username', 'aysel', '--name', 'Another Aysel', '--password', `${good}x`]);
    expect(again.code, again.stderr).toBe(1);
    expect(again.stderr).toBe(`The username “aysel” is already taken.\n${NOTHING}\n`);
    expect(await usernames()).toEqual(['aysel']);
  }, 120_000);
});
