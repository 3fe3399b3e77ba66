import { PGlite } from '@electric-sql/pglite';

let t = Date.now();
const db = new PGlite();
await db.waitReady;
console.log('init', Date.now() - t);
const r = await db.query(
  "select now()::text as n, '2001-06-27'::date as d, 5::bigint as b, gen_random_uuid() as u",
);
console.log(r.rows);
t = Date.now();
const f = await db.dumpDataDir('none');
console.log('dump', Date.now() - t, f.size);
t = Date.now();
const db2 = new PGlite({ loadDataDir: f });
await db2.waitReady;
console.log('load', Date.now() - t);
