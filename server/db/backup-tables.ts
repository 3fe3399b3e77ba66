import { createHash } from 'node:crypto';
import type { TableSummary } from './backup-format';
import type { Db, Queryable } from './client';

// The database as a backup reads it: its tables in load order, their rows as text, and a
// summary of each (row count, SHA-256) that the restore checks against.

const FETCH_ROWS = 1_000;

interface Column {
  name: string;
  type: string;
  collatable: boolean;
}

export interface Table {
  name: string;
  columns: Column[];
  /** Primary-key columns, or every column when there is none. */
  key: string[];
  identityAlways: boolean;
}

export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Text output that reads back the same on any server (time zone, dates, floats, bytea). */
export async function setTextOutput(tx: Queryable) {
  await tx.exec(`set local timezone = 'UTC'; set local datestyle = 'ISO, YMD';
    set local intervalstyle = 'postgres'; set local extra_float_digits = 1; set local bytea_output = 'hex'`);
}

/** The tables of the `public` schema, parents before the tables that refer to them. */
export async function describeTables(q: Queryable): Promise<Table[]> {
  const rows = await q.query<{ oid: number; name: string; columns: string; key: string | null }>(
    `select c.oid::int as oid, c.relname as name,
            (select json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod),
                     'collatable', t.typcollation <> 0, 'identity', a.attidentity) order by a.attnum)::text
               from pg_attribute a join pg_type t on t.oid = a.atttypid
              where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = '') as columns,
            (select json_agg(a.attname order by k.ord)::text
               from pg_index i cross join lateral unnest(i.indkey) with ordinality as k(attnum, ord)
               join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
              where i.indrelid = c.oid and i.indisprimary) as key
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
        and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
      order by c.relname`,
  );
  const edges = await q.query<{ child: number; parent: number }>(
    `select conrelid::int as child, confrelid::int as parent from pg_constraint
      where contype = 'f' and connamespace = 'public'::regnamespace and conrelid <> confrelid`,
  );
  const byOid = new Map(
    rows.map((r) => {
      const columns = JSON.parse(r.columns) as (Column & { identity: string })[];
      const table: Table = {
        name: r.name,
        columns: columns.map(({ name, type, collatable }) => ({ name, type, collatable })),
        key: r.key ? (JSON.parse(r.key) as string[]) : columns.map((c) => c.name),
        identityAlways: columns.some((c) => c.identity === 'a'),
      };
      return [r.oid, table] as const;
    }),
  );
  // Kahn's algorithm, by name among the ready ones so the order is the same every time.
  const parents = new Map<number, Set<number>>([...byOid.keys()].map((oid) => [oid, new Set<number>()]));
  for (const e of edges) if (byOid.has(e.child) && byOid.has(e.parent)) parents.get(e.child)!.add(e.parent);
  const ordered: Table[] = [];
  const left = new Set(byOid.keys());
  while (left.size) {
    const ready = [...left].filter((oid) => [...parents.get(oid)!].every((p) => !left.has(p)));
    // A cycle of references (none today) is broken by name; the restore loads with triggers off.
    const next = ready.length ? ready : [...left];
    next.sort((a, b) => (byOid.get(a)!.name < byOid.get(b)!.name ? -1 : 1));
    const oid = next[0]!;
    ordered.push(byOid.get(oid)!);
    left.delete(oid);
  }
  return ordered;
}

/** Every row of the table as text values, in key order (text keys in byte order, the same on any server). */
export async function* readRows(tx: Queryable, table: Table): AsyncGenerator<(string | null)[][]> {
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  const select = table.columns.map((c, i) => `${ident(c.name)}::text as c${i}`).join(', ');
  const order = table.key
    .map((k) => (byName.get(k)?.collatable ? `${ident(k)} collate "C"` : ident(k)))
    .join(', ');
  const cursor = `yuva_backup_${table.name}`.slice(0, 60);
  await tx.query(
    `declare ${ident(cursor)} no scroll cursor for select ${select} from ${ident(table.name)} order by ${order}`,
  );
  try {
    for (;;) {
      const rows = await tx.query<Record<string, string | null>>(
        `fetch forward ${FETCH_ROWS} from ${ident(cursor)}`,
      );
      if (!rows.length) return;
      yield rows.map((r) => table.columns.map((_, i) => r[`c${i}`] ?? null));
    }
  } finally {
    await tx.query(`close ${ident(cursor)}`);
  }
}

export async function migrationsOf(q: Queryable): Promise<string[] | null> {
  const exists = await q.query<{ ok: boolean }>(
    `select to_regclass('public.schema_migrations') is not null as ok`,
  );
  if (!exists[0]?.ok) return null;
  return (await q.query<{ name: string }>('select name from schema_migrations order by name')).map(
    (r) => r.name,
  );
}

/** Each sequence of the `public` schema: its last value (as text) and whether it was called. */
export async function readSequences(q: Queryable): Promise<Record<string, [string, boolean]>> {
  const sequences: Record<string, [string, boolean]> = {};
  const names = await q.query<{ name: string }>(
    `select c.relname as name from pg_class c where c.relkind = 'S' and c.relnamespace = 'public'::regnamespace
      order by c.relname`,
  );
  for (const { name } of names) {
    const s = await q.query<{ v: string; called: boolean }>(
      `select last_value::text as v, is_called as called from ${ident(name)}`,
    );
    sequences[name] = [s[0]!.v, s[0]!.called];
  }
  return sequences;
}

/** Row count and SHA-256 of each table, read the way a backup reads it. */
export function tableSummaries(db: Db): Promise<TableSummary[]> {
  return db.transaction(async (tx) => {
    await setTextOutput(tx);
    return summarise(tx, await describeTables(tx));
  });
}

export async function summarise(q: Queryable, tables: Table[]): Promise<TableSummary[]> {
  const summaries: TableSummary[] = [];
  for (const table of tables) {
    const hash = createHash('sha256');
    let rows = 0;
    for await (const batch of readRows(q, table)) {
      for (const row of batch) hash.update(`${JSON.stringify(row)}\n`);
      rows += batch.length;
    }
    summaries.push({ table: table.name, rows, sha256: hash.digest('hex') });
  }
  return summaries;
}

/** Tables of the target that hold rows (schema_migrations aside): a restore would replace them. */
export async function nonEmptyTables(q: Queryable): Promise<string[]> {
  const tables = await describeTables(q);
  const found: string[] = [];
  for (const t of tables) {
    if (t.name === 'schema_migrations') continue;
    const r = await q.query<{ any: boolean }>(`select exists (select 1 from ${ident(t.name)}) as any`);
    if (r[0]?.any) found.push(t.name);
  }
  return found;
}
