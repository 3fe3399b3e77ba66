import type { TestApp } from '../../support/test-app';

/**
 * The generated data set of the small-cell protection test (seeded, so every run is the same):
 * the children of the finding as reported, then children coming and going at random over
 * 2024–2026 in every location.
 */

/** The organisation's places: location code → id, programme code → id and location code. */
export interface Places {
  locations: Map<string, string>;
  programmes: Map<string, { id: string; location: string }>;
}
type Seeded = Places & { t: TestApp };

/** A small deterministic generator (mulberry32). */
export function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
export const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

let serial = 0;
async function child(
  { t, locations, programmes }: Seeded,
  loc: string,
  prog: string | null,
  stays: { setting: string; start: string; end: string | null; reason: string | null }[],
  r: () => number,
) {
  const [person] = await t.db.query<{ id: string }>(
    `insert into persons (given_name, family_name, sex, birth_date, disability) values ($1, 'Yoxlama', $2, $3, $4) returning id`,
    [
      `Uşaq${++serial}`,
      r() < 0.5 ? 'female' : 'male',
      addDays('2008-01-01', Math.floor(r() * 6000)),
      r() < 0.15,
    ],
  );
  const [c] = await t.db.query<{ id: string }>(
    `insert into cases (case_number, child_id, status, location_id, programme_id, opened_on)
     values ($1, $2, 'in_care', $3, $4, '2022-01-01') returning id`,
    [`P-${serial}`, person!.id, locations.get(loc), prog ? programmes.get(prog)!.id : null],
  );
  for (const s of stays)
    await t.db.query(
      `insert into placements (child_id, case_id, setting_type, start_date, end_date, end_reason, status)
       values ($1, $2, $3, $4, $5, $6, case when $5::date is null then 'active' else 'ended' end)`,
      [person!.id, c!.id, s.setting, s.start, s.end, s.reason],
    );
  if (r() < 0.5)
    await t.db.query(
      `insert into family_contacts (case_id, contact_on, kind, status) values ($1, $2, 'visit', 'held')`,
      [c!.id, addDays('2025-01-01', Math.floor(r() * 660))],
    );
  if (r() < 0.4)
    await t.db.query(
      `insert into care_plans (case_id, plan_version, status, approved_at, next_review_on) values ($1, 1, 'active', '2024-06-01', '2027-01-01')`,
      [c!.id],
    );
}

const SETTING_OF: Record<string, string> = {
  village: 'sos_family',
  'youth-house': 'supervised_independent_living',
  'short-term-care': 'short_term',
};
const OTHER_SETTINGS = ['foster', 'kinship_formal', 'residential', 'small_group_home'];
const REASONS = ['reunification', 'adoption', 'independent_living', 'breakdown'];

/** Adds the generated children to the test database; answers its locations and programmes. */
export async function seedSmallCells(t: TestApp): Promise<Places> {
  const s: Seeded = { t, locations: new Map(), programmes: new Map() };
  const { locations, programmes } = s;
  for (const l of await t.db.query<{ id: string; code: string }>('select id, code from locations'))
    locations.set(l.code, l.id);
  for (const p of await t.db.query<{ id: string; code: string; loc: string }>(
    'select p.id, p.code, l.code as loc from programmes p join locations l on l.id = p.location_id',
  ))
    programmes.set(p.code, { id: p.id, location: p.loc });
  const r = random(20260610);
  const careOf = (loc: string) =>
    [...programmes.keys()].filter((c) => c.startsWith(`${loc}-`) && c.slice(loc.length + 1) in SETTING_OF);
  // The finding as reported: 12 children in care in Ganja and 4 in Baku at the end of 2025
  // (16 in all), and Sumgait's five exits of 2025 one a month.
  for (const [loc, n] of [
    ['ganja', 12],
    ['baku', 4],
  ] as const)
    for (let i = 0; i < n; i++) {
      const prog = careOf(loc)[i % careOf(loc).length]!;
      await child(
        s,
        loc,
        prog,
        [{ setting: SETTING_OF[prog.slice(loc.length + 1)]!, start: '2024-03-01', end: null, reason: null }],
        r,
      );
    }
  for (const month of ['02', '04', '05', '08', '11'])
    await child(
      s,
      'sumgait',
      null,
      [{ setting: 'foster', start: '2024-05-01', end: `2025-${month}-15`, reason: 'reunification' }],
      r,
    );
  // Then children coming and going at random over 2024–2026, in every location.
  for (let i = 0; i < 70; i++) {
    const loc = ['ganja', 'ganja', 'baku', 'baku', 'sumgait'][Math.floor(r() * 5)]!;
    const care = careOf(loc);
    const prog = care.length && r() < 0.7 ? care[Math.floor(r() * care.length)]! : null;
    const first = prog ? SETTING_OF[prog.slice(loc.length + 1)]! : OTHER_SETTINGS[Math.floor(r() * 4)]!;
    const start = addDays('2024-01-01', Math.floor(r() * 1020));
    const length = Math.floor(r() * 500);
    const end = r() < 0.6 && addDays(start, length) <= '2026-10-31' ? addDays(start, length) : null;
    const stays: { setting: string; start: string; end: string | null; reason: string | null }[] = [];
    if (end && r() < 0.3) {
      // A move: the next placement starts the day the first ends (one stay, not an exit).
      stays.push({ setting: first, start, end, reason: 'planned_move' });
      const later = addDays(end, Math.floor(r() * 300));
      stays.push({
        setting: OTHER_SETTINGS[Math.floor(r() * 4)]!,
        start: end,
        end: later <= '2026-10-31' && r() < 0.5 ? later : null,
        reason: REASONS[Math.floor(r() * 4)]!,
      });
      if (!stays[1]!.end) stays[1]!.reason = null;
    } else stays.push({ setting: first, start, end, reason: end ? REASONS[Math.floor(r() * 4)]! : null });
    await child(s, loc, prog, stays, r);
  }

  return { locations, programmes };
}
