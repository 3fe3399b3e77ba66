import type { Db, Queryable } from '../client';

/** Whether the database answers at all (the health check): false instead of an error. */
export async function databaseAnswers(q: Queryable): Promise<boolean> {
  return q.query('select 1').then(
    () => true,
    () => false,
  );
}

/**
 * Runs a bulk load of thousands of commits that are no user's work. On PGlite they need not each
 * wait for the disk (decision 0013); the checkpoint after them puts everything on disk at once.
 * On PostgreSQL the load runs as it is.
 */
export async function withoutWaitingForDisk<T>(db: Db, load: () => Promise<T>): Promise<T> {
  if (db.kind !== 'pglite') return load();
  await db.exec('set synchronous_commit = off');
  const result = await load();
  await db.exec('reset synchronous_commit; checkpoint');
  return result;
}
