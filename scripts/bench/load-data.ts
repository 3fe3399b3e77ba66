import type { Db } from '../../server/db/client';

/** Each caseworker of the load benchmark carries this many cases, as a real one would. */
const CASES_PER_WORKER = 25;

interface Caseload {
  workers: number;
  children: number;
}

/**
 * `size` children with their histories, as the load benchmark needs them: each child has a case
 * in care (one of three locations, a programme of that location), a worker of that location
 * assigned (25 cases a worker), an ended short-term placement and the current one, and two
 * reviews. Written by set-based SQL in chunks of 10,000 with the progress shown.
 * The workers can sign in only through sessions the benchmark opens for them. Needs a Db of one
 * connection (a temporary table is used across statements).
 */
export async function generateCaseload(
  db: Db,
  size: number,
  today: string,
  progress: (done: number, total: number) => void,
): Promise<Caseload> {
  const workers = Math.ceil(size / CASES_PER_WORKER);
  await db.exec(`
    -- A version-4 shaped uuid from a name, so the benchmark can find its own rows again.
    create or replace function load_uuid(name text) returns uuid language sql immutable as $$
      select (substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-8' || substr(h, 18, 3)
              || '-' || substr(h, 21, 12))::uuid from md5(name) h $$;
    create temporary table load_locations as
      select (row_number() over (order by l.code) - 1)::int as n, l.id,
             (select array_agg(p.id order by p.code) from programmes p where p.location_id = l.id) as programmes
        from locations l
       where exists (select 1 from programmes p where p.location_id = l.id)
       order by l.code limit 3;
    insert into users (id, username, display_name, password_hash, role, scope_all, scope_location_ids)
      select load_uuid('load-worker-' || w), 'load-worker-' || w, 'Worker ' || w, '!', 'social_worker', false,
             array[(select id from load_locations where n = w % (select count(*) from load_locations))]
        from generate_series(0, ${workers - 1}) w;`);
  const chunk = 10_000;
  for (let from = 0; from < size; from += chunk) {
    const to = Math.min(size, from + chunk) - 1;
    await db.exec(`
      insert into persons (id, given_name, family_name, sex, birth_date)
        select load_uuid('load-child-' || g), 'Name' || g, 'Family' || (g % 997),
               case when g % 2 = 0 then 'female' else 'male' end, date '2008-01-01' + (g % 6000)
          from generate_series(${from}, ${to}) g;
      insert into cases (case_number, child_id, status, location_id, programme_id, assigned_worker_id, opened_on, next_review_on)
        select 'YV-L-' || g, load_uuid('load-child-' || g), 'in_care', l.id,
               l.programmes[1 + g % array_length(l.programmes, 1)],
               load_uuid('load-worker-' || (g / ${CASES_PER_WORKER})),
               date '${today}' - 400 - (g % 3000), date '${today}' - 30 + (g % 200)
          from generate_series(${from}, ${to}) g
          join load_locations l on l.n = (g / ${CASES_PER_WORKER}) % (select count(*) from load_locations);
      insert into placements (child_id, case_id, setting_type, start_date, end_date, end_reason)
        select c.child_id, c.id, 'short_term', c.opened_on, c.opened_on + 20, 'planned_move'
          from cases c where c.case_number in (select 'YV-L-' || g from generate_series(${from}, ${to}) g);
      insert into placements (child_id, case_id, setting_type, start_date)
        select c.child_id, c.id, case when c.case_number like '%0' then 'kinship_formal' else 'sos_family' end, c.opened_on + 21
          from cases c where c.case_number in (select 'YV-L-' || g from generate_series(${from}, ${to}) g);
      insert into reviews (case_id, held_on, kind, participants, child_heard, findings, necessity_holds,
                           suitability_holds, decisions, next_review_on, created_by)
        select c.id, c.opened_on + k * 180, 'periodic', 'Social worker, SOS mother, the child',
               'The child wants to keep seeing the grandmother', 'Settled at school', true, true,
               'Continue the placement', c.opened_on + (k + 1) * 180, c.assigned_worker_id
          from cases c cross join generate_series(1, 2) k
         where c.case_number in (select 'YV-L-' || g from generate_series(${from}, ${to}) g);`);
    progress(to + 1, size);
  }
  await db.exec('drop table load_locations; analyze');
  return { workers, children: size };
}
