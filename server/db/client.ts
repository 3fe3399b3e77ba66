import { openPglite } from './pglite';
import { openPostgres } from './postgres';

export { openPglite, type PgliteOptions } from './pglite';
export { openPostgres } from './postgres';

/**
 * The one database interface the repositories use. Two drivers implement it:
 * PGlite (embedded, default) and node-postgres (a PostgreSQL server via DATABASE_URL).
 * Dates (SQL `date`) come back as 'YYYY-MM-DD' strings on both, so a birth date never
 * shifts with the server's time zone; bigint counts come back as numbers.
 */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function openDatabase(config: {
  databaseUrl?: string;
  dataDir: string;
  durable?: boolean;
}): Promise<Db> {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl)
    : openPglite({ dataDir: config.dataDir, durable: config.durable });
}
