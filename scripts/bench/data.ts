import type { Db } from '../../server/db/client';

/** The benchmarks' worker (assigned every 50th case) and their "today". */
export const WORKER = '00000000-0000-4000-8000-000000000001';
export const TODAY = '2026-11-25';

/**
 * `size` children, each with an open case (in care, in one of three locations and fifteen
 * programmes) and a current placement, in chunks of 5,000 with the progress shown.
 */
export async function generateChildren(db: Db, size: number) {
  await db.exec(`insert into users (id, username, display_name, password_hash, role, scope_all)
                 values ('${WORKER}', 'bench-worker', 'Bench', 'x', 'social_worker', true)`);
  const chunk = 5000;
  for (let from = 1; from <= size; from += chunk) {
    const to = Math.min(size, from + chunk - 1);
    await db.exec(`
      insert into persons (id, given_name, family_name, sex, birth_date)
        select md5(g::text)::uuid, 'Name' || g, 'Family' || (g % 997), case when g % 2 = 0 then 'female' else 'male' end,
               date '2008-01-01' + (g % 6000)
          from generate_series(${from}, ${to}) g;
      insert into cases (case_number, child_id, status, location_id, programme_id, assigned_worker_id, opened_on, next_review_on)
        select 'YV-B-' || g, md5(g::text)::uuid, 'in_care', (select id from locations order by code offset (g % 3) limit 1),
               (select id from programmes order by code offset (g % 15) limit 1),
               case when g % 50 = 0 then '${WORKER}'::uuid end, date '2015-01-01' + (g % 3000), date '${TODAY}' - 60 + (g % 200)
          from generate_series(${from}, ${to}) g;
      insert into placements (child_id, case_id, setting_type, start_date)
        select c.child_id, c.id, 'sos_family', c.opened_on from cases c where c.case_number like 'YV-B-%'
           and substring(c.case_number from 6)::int between ${from} and ${to};`);
    process.stdout.write(`\r  generating: ${to} / ${size} children (${Math.round((100 * to) / size)} %)   `);
  }
  await db.exec('analyze');
  process.stdout.write('\n');
}
