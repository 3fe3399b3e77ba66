import type { Db } from '../../server/db/client';

/**
 * An exact, cheap fingerprint of the database for the fuzzer: a row trigger on every table counts
 * each inserted, updated or deleted row in `fuzz_row_changes` (one row per table). A change
 * rolled back with its transaction rolls the count back too, so "unchanged" means committed
 * nothing. An update that leaves the row as it was is not counted, nor are the columns a
 * signed-in request touches by design (a session's last-seen time and sliding expiry).
 * Installed only in the fuzzer's own test database.
 */
const IGNORED_COLUMNS: Record<string, string[]> = { sessions: ['last_seen_at', 'expires_at'] };

export async function installChangeCounter(db: Db): Promise<void> {
  await db.exec(`
    create table fuzz_row_changes (tbl text primary key, n bigint not null);
    create function fuzz_count_row_change() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and (to_jsonb(new) - coalesce(tg_argv, '{}'::text[]))
                            = (to_jsonb(old) - coalesce(tg_argv, '{}'::text[])) then
        return null;
      end if;
      insert into fuzz_row_changes values (tg_table_name, 1)
        on conflict (tbl) do update set n = fuzz_row_changes.n + 1;
      return null;
    end $$;
  `);
  const tables = await db.query<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name <> 'fuzz_row_changes'`,
  );
  for (const { name } of tables) {
    const args = (IGNORED_COLUMNS[name] ?? []).map((c) => `'${c}'`).join(', ');
    await db.exec(
      `create trigger fuzz_count_row_change after insert or update or delete on "${name}"
         for each row execute function fuzz_count_row_change(${args})`,
    );
  }
}

export type ChangeCounts = Map<string, number>;

export async function changeCounts(db: Db): Promise<ChangeCounts> {
  const rows = await db.query<{ tbl: string; n: number }>('select tbl, n::int as n from fuzz_row_changes');
  return new Map(rows.map((r) => [r.tbl, r.n]));
}

/** The tables whose rows changed between two counts, with how many rows. */
export function changedTables(before: ChangeCounts, after: ChangeCounts): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [tbl, n] of after) {
    const d = n - (before.get(tbl) ?? 0);
    if (d) out[tbl] = d;
  }
  return out;
}
