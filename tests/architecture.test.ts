/**
 * The layering rules (docs/decisions/0028-boundaries-checked.md). Each rule is first broken once in a tiny
 * tree of its own, to prove the checker sees the breach — a rule that cannot fail protects nothing — and
 * then the real tree is checked; on failure every breach is listed as file:line [rule] detail.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkArchitecture,
  formatViolation,
  RULES,
  type Rule,
  type Violation,
} from '../scripts/health/architecture-rules';
import { readSourceTree, trackedSourcePaths, walkSourcePaths } from '../scripts/health/source';
import { isSqlStatement } from '../scripts/health/sql-shapes';

const fixtures: string[] = [];
afterAll(() => {
  for (const dir of fixtures) rmSync(dir, { recursive: true, force: true });
});

/** Writes a tree of files (path → text) to a temporary folder and checks it. */
function check(files: Record<string, string>): Violation[] {
  const root = mkdtempSync(join(tmpdir(), 'yuva-architecture-'));
  fixtures.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return checkArchitecture(readSourceTree(root, walkSourcePaths(root)));
}

const brief = (v: Violation) => ({ rule: v.rule, file: v.file, line: v.line });

/** One file breaking one rule, at a known line; the other files are what it imports. */
const BREACHES: { rule: Rule; why: string; files: Record<string, string>; at: [string, number] }[] = [
  {
    rule: 'sql-only-in-storage',
    why: 'a domain service runs its own statement',
    files: {
      'server/domain/cases/close.ts':
        "export const close = (db: { query(q: string): void }) =>\n  db.query(`update tasks set status = 'cancelled' where case_id = $1`);\n",
    },
    at: ['server/domain/cases/close.ts', 2],
  },
  {
    rule: 'web-not-server',
    why: 'the web app borrows a server type (`import type` counts)',
    files: {
      'server/db/client.ts': 'export interface Db {}\n',
      'web/lib/api.ts':
        "// the client\nimport type { Db } from '../../server/db/client';\nexport type Q = Db;\n",
    },
    at: ['web/lib/api.ts', 2],
  },
  {
    rule: 'common-portable',
    why: 'common code reads a file with Node',
    files: {
      'common/text/names.ts': "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
    },
    at: ['common/text/names.ts', 1],
  },
  {
    rule: 'common-portable',
    why: 'common code uses React',
    files: { 'common/hooks.ts': "\nimport { useState } from 'react';\nexport const s = useState;\n" },
    at: ['common/hooks.ts', 2],
  },
  {
    rule: 'storage-not-domain',
    why: 'a repository re-exports a domain type (`export … from` counts)',
    files: {
      'server/domain/access/scope.ts': 'export type Scope = string;\n',
      'server/db/repositories/reports.repository.ts':
        "export type { Scope } from '../../domain/access/scope';\n",
    },
    at: ['server/db/repositories/reports.repository.ts', 1],
  },
  {
    rule: 'domain-not-transport',
    why: 'a domain service loads a route module (`import()` counts)',
    files: {
      'server/routes/cases.routes.ts': 'export const routes = 1;\n',
      'server/domain/cases/cases.service.ts':
        "export async function load() {\n  return import('../../routes/cases.routes');\n}\n",
    },
    at: ['server/domain/cases/cases.service.ts', 2],
  },
  {
    rule: 'domain-not-transport',
    why: 'a domain service speaks Fastify',
    files: {
      'server/domain/users/users.service.ts':
        "import type { FastifyRequest } from 'fastify';\nexport type R = FastifyRequest;\n",
    },
    at: ['server/domain/users/users.service.ts', 1],
  },
  {
    rule: 'features-isolated',
    why: 'one feature reaches into another',
    files: {
      'web/features/auth/SessionProvider.tsx': 'export const useSession = () => null;\n',
      'web/features/cases/CasePage.tsx':
        "import { useSession } from '../auth/SessionProvider';\nexport const s = useSession;\n",
    },
    at: ['web/features/cases/CasePage.tsx', 1],
  },
  {
    rule: 'features-isolated',
    why: 'a shared component depends on a feature',
    files: {
      'web/features/auth/api.ts': 'export const putLocale = () => null;\n',
      'web/components/ui/LanguageSwitcher.tsx':
        "import { putLocale } from '../../features/auth/api';\nexport const p = putLocale;\n",
    },
    at: ['web/components/ui/LanguageSwitcher.tsx', 1],
  },
  {
    rule: 'no-folder-cycles',
    why: 'two folders import each other',
    files: {
      'server/domain/cases/placements.ts':
        "import { matches } from '../foster/matching';\nexport const p = matches;\n",
      'server/domain/foster/matching.ts':
        "export const matches = 1;\nimport type { p } from '../cases/placements';\nexport type P = typeof p;\n",
    },
    at: ['server/domain/cases/placements.ts', 1],
  },
];

describe('each rule can fail', () => {
  it('every rule is broken by at least one fixture', () => {
    expect(new Set(BREACHES.map((b) => b.rule))).toEqual(new Set(Object.keys(RULES)));
  });

  it.each(BREACHES)('$rule: $why', ({ rule, files, at: [file, line] }) => {
    expect(check(files).map(brief)).toEqual([{ rule, file, line }]);
  });

  it('names the folders of a cycle in order, with the import of each step', () => {
    const [cycle] = check(BREACHES.find((b) => b.rule === 'no-folder-cycles')!.files);
    expect(cycle?.detail).toBe(
      'server/domain/cases → server/domain/foster → server/domain/cases: ' +
        'server/domain/cases → server/domain/foster (server/domain/cases/placements.ts:1); ' +
        'server/domain/foster → server/domain/cases (server/domain/foster/matching.ts:2)',
    );
  });

  it('finds a cycle round three folders', () => {
    const found = check({
      'web/lib/a.ts': "import '../components/b';\n",
      'web/components/b.ts': "import '../i18n/c';\n",
      'web/i18n/c.ts': "import '../lib/a';\n",
    });
    expect(found.map((v) => v.detail.split(':')[0])).toEqual([
      'web/components → web/i18n → web/lib → web/components',
    ]);
  });
});

describe('what the rules allow', () => {
  it('reports nothing for the layering as meant', () => {
    const found = check({
      'common/contracts/cases.ts': "import { z } from 'zod';\nexport const s = z.string();\n",
      'common/text/names.test.ts':
        "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      'server/db/client.ts': 'export interface Db {}\n',
      'server/db/repositories/cases.repository.ts':
        "import type { Db } from '../client';\nexport const q = (db: Db) => [db, 'select id from cases where id = $1'];\n",
      'server/db/seeds/demo.ts':
        "import { openCase } from '../../domain/cases/cases.service';\nexport const s = [openCase, 'select id from locations'];\n",
      'server/domain/cases/cases.service.ts':
        "import { q } from '../../db/repositories/cases.repository';\nexport const openCase = q;\nexport const note = 'Select a family from the list';\n",
      'server/routes/cases.routes.ts':
        "import type { FastifyInstance } from 'fastify';\nimport { openCase } from '../domain/cases/cases.service';\nexport const r = [openCase] as unknown as FastifyInstance;\n",
      'web/lib/api.ts':
        "import type { CaseBody } from '../../common/contracts/cases';\nexport type B = CaseBody;\n",
      'web/components/ui/Pager.tsx': "import { useState } from 'react';\nexport const P = useState;\n",
      'web/features/cases/CasePage.tsx':
        "import { P } from '../../components/ui/Pager';\nimport '../../lib/api';\nimport './shared';\nexport const C = P;\n",
      'web/features/cases/shared.tsx': 'export const x = 1;\n',
      'web/app/AppRoutes.tsx': "import { C } from '../features/cases/CasePage';\nexport const R = C;\n",
    });
    expect(found.map(formatViolation)).toEqual([]);
  });

  it.each([
    'select 1',
    'select id, name from locations where id = $1',
    'SELECT COUNT(*) FROM cases',
    '\n  insert into referrals (case_id) values ($1)',
    'update tasks t set status = $2 where id = $1',
    'delete from person_name_keys where person_id = $1',
    'with recent as (select 1) select * from recent',
    'create unique index people_name on persons (name)',
    'alter table cases add column x int',
  ])('takes %j for SQL', (text) => {
    expect(isSqlStatement(text)).toBe(true);
  });

  it.each([
    'Select a family from the list',
    'select',
    'update',
    'Delete from the register',
    'with care as of 2024',
  ])('does not take %j for SQL', (text) => {
    expect(isSqlStatement(text)).toBe(false);
  });
});

describe('the real tree', () => {
  it('keeps every rule', { timeout: 180_000 }, () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const found = checkArchitecture(readSourceTree(root, trackedSourcePaths(root, { untracked: true })));
    expect(found.map(formatViolation), `${found.length} breaches of the architecture rules`).toEqual([]);
  });
});
