import { afterAll, describe, expect, it } from 'vitest';
import {
  type Client,
  createDatabase,
  type DbKind,
  prepareDatabase,
  referralBody,
  signIn,
  sleep,
  startYuva,
  type TestDatabase,
  withDb,
  type YuvaProcess,
} from '../../scripts/lib/yuva-processes';
import type { Db } from '../../server/db/client';
import { verifyAuditChain } from '../../server/domain/audit/verify';
import { postgresAvailable } from '../support/test-db';

/**
 * Crash safety (issue 8, part 5): a real server takes concurrent audited writes — referrals (a
 * case per child, the children and parents as persons with their name keys, family links, a
 * sibling group, the referral, an audit row per case), family contacts on those cases, and
 * versioned edits of users — and is killed with SIGKILL in the middle, several times. Restarted
 * on the same data, every write it had acknowledged is there, and nothing is half-written.
 *
 * YUVA_CRASH_ROUNDS (default 2) sets how many kills; YUVA_CRASH_WORKERS (default 12) how many
 * requests are in flight.
 */

const ROUNDS = Number(process.env.YUVA_CRASH_ROUNDS ?? 2);
const WORKERS = Number(process.env.YUVA_CRASH_WORKERS ?? 12);
const PORTS: Record<DbKind, number> = { pglite: 3230, postgres: 3231 };
const TARGETS = 4;

interface Acked {
  referrals: { caseIds: string[]; childIds: string[] }[];
  contacts: { id: string; caseId: string }[];
  /** The highest version of each target user that an edit was acknowledged with. */
  userVersions: Map<string, number>;
  edits: number;
  rates: number[];
  unknown: number;
}

/**
 * Writes from WORKERS loops until `stop` says so; every 2xx is recorded with what it created.
 * A request that gets no answer (the server died under it) counts as unknown: it may or may not
 * have committed, but either way it must be whole.
 */
async function load(
  client: Client,
  acked: Acked,
  ctx: { locationId: string; receivedOn: string; targets: string[] },
  stop: () => boolean,
) {
  let count = 0;
  const worker = async (w: number) => {
    for (let i = 0; !stop(); i++) {
      const pick = (w + i) % 8;
      try {
        if (pick < 5 || acked.referrals.length === 0) {
          const res = await client.request(
            'POST',
            '/api/referrals',
            referralBody(ctx.locationId, ctx.receivedOn),
          );
          if (res.status === 201) {
            const cases = (res.json() as { cases: { id: string; childId: string }[] }).cases;
            acked.referrals.push({ caseIds: cases.map((c) => c.id), childIds: cases.map((c) => c.childId) });
            count++;
          } else if (!stop()) throw new Error(`referral: ${res.status} ${JSON.stringify(res.json())}`);
        } else if (pick < 7) {
          const r = acked.referrals[Math.floor(Math.random() * acked.referrals.length)]!;
          const caseId = r.caseIds[0]!;
          const res = await client.request('POST', `/api/cases/${caseId}/contacts`, {
            contactOn: ctx.receivedOn,
            withWhom: 'mother',
            kind: 'visit',
            status: 'held',
            childReaction: 'calm',
          });
          if (res.status === 201) {
            acked.contacts.push({ id: (res.json() as { id: string }).id, caseId });
            count++;
          } else if (!stop()) throw new Error(`contact: ${res.status} ${JSON.stringify(res.json())}`);
        } else {
          // Each worker edits its own target user, so its edits never conflict with another's.
          const target = ctx.targets[w % ctx.targets.length]!;
          if (w >= ctx.targets.length) continue;
          const current = await client.request('GET', `/api/users/${target}`);
          if (current.status !== 200) continue;
          const { version } = current.json() as { version: number };
          const res = await client.request('PATCH', `/api/users/${target}`, {
            version,
            displayName: `Target ${w} edit ${i}`,
          });
          if (res.status === 200) {
            const v = (res.json() as { version: number }).version;
            acked.userVersions.set(target, Math.max(acked.userVersions.get(target) ?? 0, v));
            acked.edits++;
            count++;
          } else if (!stop()) throw new Error(`user edit: ${res.status} ${JSON.stringify(res.json())}`);
        }
      } catch (error) {
        if (!stop()) throw error;
        acked.unknown++;
      }
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
  return { count, seconds: (Date.now() - started) / 1000 };
}

/** Everything that must hold after the crashes, checked in SQL on the data the server left. */
async function checkData(db: Db, acked: Acked) {
  const ackedCaseIds = acked.referrals.flatMap((r) => r.caseIds);
  const found = await db.query<{ id: string; childId: string }>(
    'select id, child_id as "childId" from cases where id = any($1::uuid[])',
    [ackedCaseIds],
  );
  expect(found.length, 'acknowledged cases missing after the crash').toBe(ackedCaseIds.length);
  const childOf = new Map(found.map((c) => [c.id, c.childId]));
  for (const r of acked.referrals) {
    for (const [i, id] of r.caseIds.entries()) expect(childOf.get(id)).toBe(r.childIds[i]);
  }

  const contacts = await db.query<{ n: number }>(
    'select count(*)::int as n from family_contacts where id = any($1::uuid[])',
    [acked.contacts.map((c) => c.id)],
  );
  expect(contacts[0]!.n, 'acknowledged contacts missing after the crash').toBe(acked.contacts.length);

  // No half-written referral: each case (acknowledged or not) has its referral, its audit row,
  // its child with name keys, both parents and the sibling, and a sibling group of two.
  const broken = await db.query<{ id: string; problem: string }>(
    `select c.id, p.problem from cases c cross join lateral (values
        ((select count(*) from referrals r where r.case_id = c.id) = 1, 'referral'),
        ((select count(*) from audit_events a where a.action = 'case.referred' and a.entity_id = c.id::text) = 1, 'audit row'),
        (exists (select 1 from person_name_keys k where k.person_id = c.child_id), 'name keys'),
        ((select count(*) from family_members f where f.child_id = c.child_id) = 3, 'family'),
        ((select count(*) from sibling_group_members m where m.group_id = c.sibling_group_id) = 2, 'sibling group')
      ) as p(ok, problem)
      where not p.ok`,
  );
  expect(broken, 'half-written referrals').toEqual([]);
  const orphans = await db.query<{ n: number }>(
    `select
       (select count(*)::int from audit_events a where a.action = 'case.referred'
          and not exists (select 1 from cases c where c.id::text = a.entity_id)) +
       (select count(*)::int from persons p where not exists (select 1 from cases c where c.child_id = p.id)
          and not exists (select 1 from family_members f where f.person_id = p.id)) +
       (select count(*)::int from family_contacts f where (select count(*) from audit_events a
          where a.action = 'contact.recorded' and a.entity_id = f.id::text) <> 1) +
       (select count(*)::int from audit_events a where a.action = 'contact.recorded'
          and not exists (select 1 from family_contacts f where f.id::text = a.entity_id)) as n`,
  );
  expect(orphans[0]!.n, 'audit rows without their change, or changes without their audit row').toBe(0);

  // Versioned edits: every committed edit raised the version by one and wrote one audit row.
  for (const [id, version] of acked.userVersions) {
    const row = (
      await db.query<{ version: number; edits: number }>(
        `select version, (select count(*)::int from audit_events a where a.action = 'user.updated' and a.entity_id = $1) as edits
           from users where id = $1::uuid`,
        [id],
      )
    )[0]!;
    expect(row.version).toBeGreaterThanOrEqual(version);
    expect(row.edits).toBe(row.version - 1);
  }

  const chained = await db.query<{ ok: boolean }>(
    `select exists (select 1 from information_schema.columns where table_name = 'audit_events' and column_name = 'hash') as ok`,
  );
  if (chained[0]?.ok) {
    const chain = await verifyAuditChain(db);
    expect(chain.problem, 'audit hash chain after the crashes').toBeUndefined();
    expect(chain.ok).toBe(true);
  }
}

const kinds: DbKind[] = ['pglite', 'postgres'];

describe.each(kinds)('crash safety on %s', (kind) => {
  let database: TestDatabase | undefined;
  let server: YuvaProcess | undefined;
  afterAll(async () => {
    await server?.kill('SIGKILL');
    await database?.drop();
  });

  it.skipIf(kind === 'postgres' && !postgresAvailable)(
    `keeps every acknowledged write and no half-written record through ${ROUNDS} SIGKILLs`,
    async () => {
      database = await createDatabase(kind);
      const targets = Array.from({ length: TARGETS }, (_, i) => `crash-target-${i}`);
      await prepareDatabase(database, ['crash-writer', ...targets]);
      const { locationId, targetIds } = await withDb(database, async (db) => ({
        locationId: (await db.query<{ id: string }>("select id from locations where code = 'ganja'"))[0]!.id,
        targetIds: (
          await db.query<{ id: string }>('select id from users where username = any($1) order by username', [
            targets,
          ])
        ).map((u) => u.id),
      }));
      const receivedOn = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      const acked: Acked = {
        referrals: [],
        contacts: [],
        userVersions: new Map(),
        edits: 0,
        rates: [],
        unknown: 0,
      };
      const env = { ...database.env, LOG_LEVEL: 'warn', YUVA_JOBS: 'false' };

      for (let round = 0; round < ROUNDS; round++) {
        server = await startYuva(PORTS[kind], env);
        const client = await signIn(server.url, 'crash-writer');
        let killed = false;
        const before = acked.referrals.length + acked.contacts.length;
        let failed: unknown;
        const running = load(client, acked, { locationId, receivedOn, targets: targetIds }, () => killed);
        running.catch((error) => {
          failed = error;
        });
        // Let the writes get going, then kill at a moment that is not the same every time.
        while (!failed && acked.referrals.length + acked.contacts.length - before < 40) await sleep(20);
        if (failed) throw failed;
        await sleep(300 + Math.random() * 1200);
        const victim = server;
        killed = true;
        await victim.kill('SIGKILL');
        const { count, seconds } = await running;
        acked.rates.push(count / seconds);
        server = undefined;
      }

      // Restart on the same data: it comes up (recovery done) and answers for what it acknowledged.
      server = await startYuva(PORTS[kind], env);
      const client = await signIn(server.url, 'crash-writer');
      const last = acked.referrals[acked.referrals.length - 1]!;
      expect((await client.request('GET', `/api/cases/${last.caseIds[0]}`)).status).toBe(200);
      await server.kill('SIGTERM');
      server = undefined;

      await withDb(database, (db) => checkData(db, acked));
      const writes = acked.referrals.length + acked.contacts.length + acked.edits;
      console.log(
        `crash safety on ${kind}: ${ROUNDS} SIGKILLs, ${acked.referrals.length} referrals + ${acked.contacts.length} contacts ` +
          `+ ${acked.edits} user edits acknowledged and found; ${acked.unknown} requests cut off; ` +
          `acknowledged writes/s per round: ${acked.rates.map((r) => r.toFixed(0)).join(', ')}`,
      );
      expect(writes).toBeGreaterThan(0);
    },
    240_000,
  );
});
