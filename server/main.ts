import { hostname } from 'node:os';
import { buildApp } from './app';
import { openDatabase } from './db/client';
import { type AuditHeadRecorder, auditHeadsFile, startAuditHeadRecorder } from './db/integrity/audit-heads';
import { migrate } from './db/migrate';
import { withoutWaitingForDisk } from './db/repositories/system.repository';
import { DEMO_USERS, hasAnyUser, seedDemo } from './db/seeds/demo';
import { loadReferenceData } from './db/seeds/reference';
import { type Deps, defaultAuthSettings, offsetClock } from './domain/context';
import { readEnv } from './env';
import { JOBS } from './jobs/jobs';
import { type JobRunner, startJobRunner } from './jobs/runner';

/** read env → open db → migrate → reference (and demo) data → build app → listen. */
async function main() {
  const env = readEnv();
  const db = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.YUVA_DATA_DIR,
    durable: env.YUVA_PGLITE_FSYNC,
  });
  const { applied } = await migrate(db);
  await loadReferenceData(db);
  const deps: Deps = {
    db,
    clock: offsetClock(env.YUVA_CLOCK_OFFSET_DAYS),
    auth: {
      ...defaultAuthSettings,
      sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
      sessionMaxHours: env.SESSION_MAX_HOURS,
      totpKey: env.YUVA_TOTP_KEY,
      loginMaxFailures: env.LOGIN_MAX_FAILURES,
      loginLockMinutes: env.LOGIN_LOCK_MINUTES,
      loginMaxFailuresPerAddress: env.LOGIN_MAX_FAILURES_PER_ADDRESS,
    },
  };
  const app = await buildApp(deps, {
    logLevel: env.LOG_LEVEL,
    cookieSecure: env.COOKIE_SECURE,
    trustProxy: env.TRUST_PROXY,
    bodyLimit: env.BODY_LIMIT_BYTES,
    webDir: env.YUVA_WEB_DIR,
  });
  if (applied.length) app.log.info({ applied }, 'migrations applied');
  if (env.YUVA_CLOCK_OFFSET_DAYS)
    app.log.warn({ days: env.YUVA_CLOCK_OFFSET_DAYS }, 'clock offset in force (testing only)');

  if (env.YUVA_DEMO && !(await hasAnyUser(db))) {
    app.log.info('first start in demo mode: loading demo data');
    const today = deps.clock.now().toISOString().slice(0, 10);
    const started = Date.now();
    let shown = 0;
    const result = await withoutWaitingForDisk(db, () =>
      seedDemo(deps, { children: env.YUVA_DEMO_CHILDREN, seed: env.YUVA_DEMO_SEED, today }, (done, total) => {
        if (done - shown >= 50 || done === total) {
          shown = done;
          app.log.info(`demo data: ${done} of ${total} children`);
        }
      }),
    );
    app.log.info({ ...result, seconds: Math.round((Date.now() - started) / 1000) }, 'demo data loaded');
  }

  // On PGlite, the chain's head is remembered outside the database, so `npm run audit:verify` notices
  // rows lost from the end or a fork (decision 0021).
  let heads: AuditHeadRecorder | undefined;
  if (db.kind === 'pglite') {
    heads = await startAuditHeadRecorder(db, auditHeadsFile(env.YUVA_DATA_DIR), {
      onError: (error) => app.log.error({ err: error }, 'could not record the audit chain head'),
    });
    if (!heads.atStart.ok)
      app.log.error(
        `audit chain: ${heads.atStart.problem}. Run npm run audit:verify with the server stopped (decision 0021).`,
      );
  }

  let closing = false;
  let jobs: JobRunner | undefined;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    await jobs?.stop();
    await app.close();
    await heads?.stop();
    await db.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  const address = await app.listen({ port: env.PORT, host: env.HOST });
  if (env.YUVA_JOBS) {
    const instance = `${hostname()}:${process.pid}`;
    jobs = await startJobRunner(deps, JOBS, {
      tickMs: env.YUVA_JOBS_TICK_SECONDS * 1000,
      instance,
      log: app.log,
    });
  }
  const shown = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
  if (env.YUVA_DEMO) printDemoUsers(shown);
  app.log.info(
    `Yuva is running at ${shown} (database: ${db.kind === 'pglite' ? `PGlite in ${env.YUVA_DATA_DIR}` : 'PostgreSQL'})`,
  );
}

function printDemoUsers(address: string) {
  const lines = DEMO_USERS.map((u) => `  ${u.role.padEnd(20)} ${u.username.padEnd(16)} ${u.password}`);
  console.log(`\nYuva demo at ${address} — demo users (role, username, password):\n${lines.join('\n')}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
