// node-postgres: a PostgreSQL server (DATABASE_URL), its statements prepared once per connection.
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Db } from './client';
import { VALUE_PARSERS } from './value-parsers';

let pgParsersSet = false;
function setPgParsers() {
  if (pgParsersSet) return;
  for (const [oid, parse] of Object.entries(VALUE_PARSERS)) pg.types.setTypeParser(Number(oid), parse);
  pgParsersSet = true;
}

/**
 * Each statement with parameters is prepared once per connection, named by a hash of its text
 * (decision 0016): PostgreSQL then parses and analyses it once instead of on every request. The texts are fixed or built from a
 * bounded set of filters (values always travel as parameters), so the names stay few.
 */
const statementNames = new Map<string, string>();
function statement(sql: string, values?: unknown[]) {
  if (!values?.length) return { text: sql, values };
  let name = statementNames.get(sql);
  if (!name) {
    name = `y_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    statementNames.set(sql, name);
  }
  return { name, text: sql, values };
}

export async function openPostgres(connectionString: string, poolSize = 10): Promise<Db> {
  setPgParsers();
  // JIT compilation pays off for long reports, not for the short queries a caseworker's page makes:
  // it added ~15 ms to searches. Reports can turn it back on per transaction.
  // Near-spelling search: trigram matches below 0.5 similarity are noise for short name keys.
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    // Prepared statements are still planned for their parameters on every call: a generic plan,
    // made once for all callers, drove the children list from the wrong table (12 ms instead of 1).
    options: '-c jit=off -c pg_trgm.similarity_threshold=0.5 -c plan_cache_mode=force_custom_plan',
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  await pool.query('select 1');
  return {
    kind: 'postgres',
    query: async <T>(sql: string, params?: unknown[]) =>
      (await pool.query(statement(sql, params))).rows as T[],
    exec: async (sql) => {
      await pool.query(sql);
    },
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({
          query: async <T>(sql: string, params?: unknown[]) =>
            (await client.query(statement(sql, params))).rows as T[],
          exec: async (sql: string) => {
            await client.query(sql);
          },
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
