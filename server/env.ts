import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** All configuration comes from environment variables, checked once at start (see README). */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  YUVA_DATA_DIR: z.string().min(1).default('./data'),
  /** PGlite only: flush every commit to the disk (decision 0013); `false` trades that for speed. */
  YUVA_PGLITE_FSYNC: bool.default(true),
  YUVA_DEMO: bool.default(false),
  YUVA_DEMO_CHILDREN: z.coerce.number().int().min(0).max(100_000).default(200),
  YUVA_DEMO_SEED: z.coerce.number().int().min(0).default(2000),
  YUVA_WEB_DIR: z.string().min(1).default('./dist/web'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(10_080).default(480),
  /** Absolute session lifetime: signed out this many hours after signing in, however active. */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  /** 32 bytes (base64 or 64 hex digits) that encrypt authenticator secrets; keep it out of the database and its backups. */
  YUVA_TOTP_KEY: z
    .string()
    .regex(/^([0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=?)$/, 'must be 32 bytes as 64 hex digits or base64')
    .optional(),
  COOKIE_SECURE: bool.default(false),
  /**
   * How many proxies stand before the server (decision 0020): the client's address is the one the
   * nearest of them appended to X-Forwarded-For (the right-most entries), never one the client wrote.
   * `true`/`yes` mean 1 (one nginx), `false`/`no` 0 (the header is ignored).
   */
  TRUST_PROXY: z
    .string()
    .transform((value, ctx) => {
      const v = value.trim().toLowerCase();
      if (v === 'true' || v === 'yes') return 1;
      if (v === 'false' || v === 'no') return 0;
      if (/^\d{1,2}$/.test(v) && Number(v) <= 10) return Number(v);
      ctx.addIssue({
        code: 'custom',
        message: 'must be a number of proxy hops (0–10; 1 for one nginx), true (= 1) or false (= 0)',
      });
      return z.NEVER;
    })
    .default(0),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(10_000).default(50),
  /** Testing and demonstrations only: run the server's clock this many days ahead (reviews falling due). */
  YUVA_CLOCK_OFFSET_DAYS: z.coerce.number().int().min(-3650).max(3650).default(0),
  /** Scheduled jobs (server/jobs): on in every instance; each period runs once across all of them. */
  YUVA_JOBS: bool.default(true),
  YUVA_JOBS_TICK_SECONDS: z.coerce.number().min(0.1).max(3600).default(60),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(1_000_000),
});
export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(
      `Yuva cannot start: bad configuration\n${lines.join('\n')}\nSee "Configuration" in README.md.`,
    );
  }
  return parsed.data;
}
