import type { Role } from '../../common/roles';
import { insertTask } from '../../server/db/repositories/due.repository';
import { seedDemo } from '../../server/db/seeds/demo';
import { demoContext } from '../../server/db/seeds/demo-actors';
import { uploadDocument } from '../../server/domain/cases/documents.service';
import type { TestApp } from './test-app';

/**
 * Records of every kind, made by the reproducible demo seed (through the same services, rules
 * and audit as a worker's, in Ganja and in Baku), plus what the seed leaves out (a case document
 * in each city). The fuzzer draws real ids from them; the scope matrix calls Ganja's records as a
 * worker of Baku.
 */
export interface SeededRecords {
  locations: { ganja: string; baku: string; sumgait: string };
}

export async function seedRecords(t: TestApp): Promise<SeededRecords> {
  const today = t.clock.now().toISOString().slice(0, 10);
  await seedDemo(t.deps, { children: 2, seed: 2026, today });
  const rows = await t.db.query<{ code: string; id: string }>('select code, id from locations');
  const loc = Object.fromEntries(rows.map((r) => [r.code, r.id])) as SeededRecords['locations'];
  // In an open case of each city: a small PDF (the demo seed uploads no documents) and an open
  // follow-up task (the seed's are mostly done or in groups of one city).
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
  for (const [city, worker] of [
    [loc.ganja, 'worker'],
    [loc.baku, 'worker.baku'],
  ] as const) {
    const [c] = await t.db.query<{ id: string }>(
      `select id from cases where location_id = $1 and status <> 'closed' order by case_number limit 1`,
      [city],
    );
    await uploadDocument(t.deps, await demoContext(t.db, worker), c!.id, {
      type: 'other',
      filename: 'note.pdf',
      declaredType: 'application/pdf',
      content: pdf,
    });
    await insertTask(t.db, {
      caseId: c!.id,
      kind: 'emergency_assessment',
      title: 'emergency_assessment',
      dueOn: today,
      assignedTo: null,
    });
  }
  return { locations: loc };
}

/** SQL: the row's location is $1, or any location when $1 is null. */
const at = (column: string) => `($1::uuid is null or ${column} = $1::uuid)`;
const viaCase = (alias: string, table: string, extra = '') =>
  `select ${alias}.id from ${table} ${alias} join cases c on c.id = ${alias}.case_id where ${at('c.location_id')}${extra}`;
const viaHousehold = (alias: string, table: string) =>
  `select ${alias}.id from ${table} ${alias} join households h on h.id = ${alias}.household_id where ${at('h.location_id')}`;

/**
 * Where the record named by a route's first path parameter comes from: the route's path up to
 * that parameter → SQL returning ids of such records, those of location $1 (or of any location
 * when $1 is null), and whether the record belongs to a place (so that scope applies to it).
 */
interface RecordSource {
  sql: string;
  /** null: the record has no location, so a user's scope does not bound it (the reason). */
  unscoped?: string;
}

const RECORD_SOURCES: Record<string, RecordSource> = {
  '/api/cases/{id}': {
    sql: `select c.id from cases c where ${at('c.location_id')} and c.status <> 'closed'`,
  },
  '/api/family-members/{id}': {
    sql: `select fm.id from family_members fm join cases c on c.child_id = fm.child_id where ${at('c.location_id')}`,
  },
  '/api/gatekeeping/{id}': { sql: viaCase('g', 'gatekeeping_assessments') },
  '/api/placements/{id}': { sql: viaCase('p', 'placements', ' and p.end_date is null') },
  '/api/care-plans/{id}': { sql: viaCase('cp', 'care_plans') },
  '/api/short-term-episodes/{id}': { sql: viaCase('s', 'short_term_episodes') },
  '/api/leaving-care/{id}': { sql: viaCase('l', 'leaving_care_plans') },
  '/api/follow-ups/{id}': { sql: viaCase('f', 'follow_ups') },
  '/api/documents/{id}': { sql: viaCase('d', 'case_documents') },
  '/api/foster/placements/{id}': {
    sql: viaCase('p', 'placements', ' and p.foster_family_id is not null'),
  },
  '/api/foster/visits/{id}': { sql: viaCase('v', 'foster_visits') },
  '/api/groups/{id}': {
    sql: `select g.id from programme_groups g join programmes p on p.id = g.programme_id where ${at('p.location_id')}`,
  },
  '/api/enrolments/{id}': {
    sql: `select e.id from enrolments e join programmes p on p.id = e.programme_id
          where e.household_id is null and ${at('p.location_id')}`,
  },
  '/api/tasks/{id}': {
    sql: `select t.id from tasks t left join cases c on c.id = t.case_id
            left join enrolments e on e.id = t.enrolment_id left join programmes p on p.id = e.programme_id
          where t.status = 'open' and (t.case_id is not null or e.group_id is not null)
            and ${at('coalesce(c.location_id, p.location_id)')}`,
  },
  '/api/strengthening/households/{id}': { sql: `select h.id from households h where ${at('h.location_id')}` },
  '/api/strengthening/consents/{id}': { sql: viaHousehold('x', 'household_consents') },
  '/api/strengthening/enrolments/{id}': {
    sql: `select e.id from enrolments e join households h on h.id = e.household_id where ${at('h.location_id')}`,
  },
  '/api/strengthening/plans/{id}': { sql: viaHousehold('x', 'development_plans') },
  '/api/strengthening/goals/{id}': {
    sql: `select g.id from plan_goals g join development_plans d on d.id = g.plan_id
            join households h on h.id = d.household_id where ${at('h.location_id')}`,
  },
  '/api/strengthening/referrals/{id}': { sql: viaHousehold('x', 'service_referrals') },

  // Records that belong to no place, or that only the administrator (always everything) reaches.
  '/api/users/{id}': {
    sql: 'select id from users where $1::uuid is null',
    unscoped:
      'a user account belongs to no place (its scope lists places); only administrators manage accounts',
  },
  '/api/people/{id}': {
    sql: 'select id from persons where $1::uuid is null and merged_into is null',
    unscoped:
      'the person register across places (one person, cases anywhere): administrators only, to merge duplicates',
  },
  '/api/people/merges/{id}': {
    sql: 'select id from person_merges where $1::uuid is null',
    unscoped: 'merges of the person register: administrators only',
  },
  '/api/programmes/{id}': { sql: `select p.id from programmes p where ${at('p.location_id')}` },
  '/api/strengthening/programmes/{id}': {
    sql: `select p.id from programmes p where p.type = 'family_strengthening' and ${at('p.location_id')}`,
  },
  '/api/villages/{id}': {
    sql: `select p.id from programmes p where p.type = 'family_based_care' and ${at('p.location_id')}`,
  },
  '/api/foster/families/{id}': {
    sql: `select f.id from foster_families f where ${at('f.location_id')}`,
    unscoped:
      'foster families are recruited and supervised per country by foster-care officers (read: admin, director, officer); their location only scores nearness in matching',
  },
  '/api/foster/requirements/{id}': {
    sql: `select r.id from foster_requirements r join foster_families f on f.id = r.family_id where ${at('f.location_id')}`,
    unscoped: 'part of a foster family file (see /api/foster/families)',
  },
  '/api/foster/documents/{id}': {
    sql: `select d.id from foster_documents d join foster_families f on f.id = d.family_id where ${at('f.location_id')}`,
    unscoped: 'part of a foster family file (see /api/foster/families)',
  },
  '/api/foster/inquiries/{id}': {
    sql: 'select id from foster_inquiries where $1::uuid is null',
    unscoped: 'recruitment inquiries belong to a country, not a place',
  },
  '/api/cooperation/meetings/{id}': {
    sql: 'select id from working_group_meetings where $1::uuid is null',
    unscoped: "the working group's meetings belong to the group on the hub, not a place",
  },
  '/api/cooperation/action-items/{id}': {
    sql: 'select id from working_group_action_items where $1::uuid is null',
    unscoped: "the working group's action items belong to a member country, not a place",
  },
  '/api/cooperation/exchanges/{id}': {
    sql: 'select id from cooperation_exchanges where $1::uuid is null',
    unscoped: 'an exchange between two member countries on the cooperation hub, not a place',
  },
  '/api/cooperation/practices/{id}': {
    sql: 'select id from practices where $1::uuid is null',
    unscoped: "the cooperation hub's good practices belong to a member country, not a place",
  },
  '/api/cooperation/practice-attachments/{id}': {
    sql: 'select id from practice_attachments where $1::uuid is null',
    unscoped: 'a file of a good practice on the cooperation hub (see /api/cooperation/practices)',
  },
  '/api/cooperation/practice-adoptions/{id}': {
    sql: 'select id from practice_adoptions where $1::uuid is null',
    unscoped:
      "a country's adoption of a good practice on the cooperation hub (see /api/cooperation/practices)",
  },
  '/api/indicators/exchange/imported/{id}': {
    sql: 'select id from shared_indicator_sets where $1::uuid is null',
    unscoped: "another country's aggregate figures",
  },
  '/api/cooperation/countries/{code}': {
    sql: 'select code as id from member_countries where $1::uuid is null',
    unscoped: "the hub's register of member countries: no place, no child",
  },
  '/api/cooperation/organisations/{id}': {
    sql: 'select id from cooperation_organisations where $1::uuid is null',
    unscoped: "the hub's register: organisations of member countries",
  },
  '/api/cooperation/delegates/{id}': {
    sql: 'select id from working_group_delegates where $1::uuid is null',
    unscoped: "the hub's register: the working group's delegates",
  },
  '/api/cooperation/keys/{id}': {
    sql: 'select id from country_keys where $1::uuid is null',
    unscoped: "the hub's register of countries' public keys",
  },
};

const any = (table: string) => `select id from ${table} where ($1::uuid is null or true)`;

/**
 * Ids for body and query fields, by field name: records of that kind (of location $1 where the
 * kind has one, else of any), so generated requests name real records as often as random ones.
 */
export const FIELD_SOURCES: Record<string, string> = {
  locationId: `select id from locations where ${at('id')}`,
  scopeLocationIds: `select id from locations where ${at('id')}`,
  programmeId: `select id from programmes where ${at('location_id')}`,
  scopeProgrammeIds: `select id from programmes where ${at('location_id')}`,
  houseId: `select h.id from family_houses h join programmes p on p.id = h.programme_id where ${at('p.location_id')}`,
  workerId: `select id from users where role = 'social_worker' and ($1::uuid is null or $1::uuid = any(scope_location_ids))`,
  fromWorkerId: `select id from users where role = 'social_worker' and ($1::uuid is null or $1::uuid = any(scope_location_ids))`,
  toWorkerId: `select id from users where role = 'social_worker' and ($1::uuid is null or $1::uuid = any(scope_location_ids))`,
  teacherId: `select id from users where role = 'teacher' and ($1::uuid is null or $1::uuid = any(scope_location_ids)
               or exists (select 1 from programmes p where p.id = any(scope_programme_ids) and p.location_id = $1))`,
  recruitedBy: any('users'),
  existingPersonId: `select c.child_id as id from cases c where ${at('c.location_id')}`,
  personId: `select c.child_id as id from cases c where ${at('c.location_id')}`,
  survivorId: `select c.child_id as id from cases c where ${at('c.location_id')}`,
  mergedId: `select c.child_id as id from cases c where ${at('c.location_id')}`,
  givenByPersonId: `select m.person_id as id from household_members m join households h on h.id = m.household_id where ${at('h.location_id')}`,
  childIds: `select m.person_id as id from household_members m join households h on h.id = m.household_id where m.relationship = 'child' and ${at('h.location_id')}`,
  familyMemberId: `select fm.id from family_members fm join cases c on c.child_id = fm.child_id where ${at('c.location_id')}`,
  fosterFamilyId: `select id from foster_families where status = 'approved' and ($1::uuid is null or true)`,
  familyId: any('foster_families'),
  campaignId: any('foster_campaigns'),
  campaignIds: any('foster_campaigns'),
  ambassadorId: any('foster_ambassadors'),
  eventId: any('foster_events'),
  delegateId: any('working_group_delegates'),
  ownerDelegateId: any('working_group_delegates'),
  decisionId: any('working_group_decisions'),
  // A sibling group's cases (gatekeeping for the group, placing siblings together).
  caseId: `select id from cases where status <> 'closed' and ${at('location_id')}`,
  siblingCaseIds: `select id from cases where status <> 'closed' and ${at('location_id')}`,
  placementId: `select p.id from placements p join cases c on c.id = p.case_id where ${at('c.location_id')}`,
  enrolmentId: `select e.id from enrolments e join programmes p on p.id = e.programme_id where ${at('p.location_id')}`,
  goalId: any('plan_goals'),
  requirementId: any('foster_requirements'),
  // The hub's register (issue 17): a delegate's organisation and account.
  organisationId: any('cooperation_organisations'),
  userId: `select id from users where role = 'working_group_member' and ($1::uuid is null or true)`,
};

export async function fieldIds(t: TestApp, field: string, locationId: string | null, limit = 6) {
  const sql = FIELD_SOURCES[field];
  if (!sql) return [];
  let rows = await t.db.query<{ id: string }>(`select id from (${sql}) x order by id limit ${limit}`, [
    locationId,
  ]);
  if (!rows.length && locationId)
    rows = await t.db.query<{ id: string }>(`select id from (${sql}) x order by id limit ${limit}`, [null]);
  return rows.map((r) => r.id);
}

/** The record source of a route: the longest prefix of its path that names one. */
export function sourceOf(path: string): { prefix: string; source: RecordSource } | undefined {
  const prefixes = Object.keys(RECORD_SOURCES)
    .filter((p) => path === p || path.startsWith(`${p}/`))
    .sort((a, b) => b.length - a.length);
  const prefix = prefixes[0];
  return prefix ? { prefix, source: RECORD_SOURCES[prefix]! } : undefined;
}

export async function idsOf(t: TestApp, source: RecordSource, locationId: string | null, limit = 5) {
  const rows = await t.db.query<{ id: string }>(
    `select id from (${source.sql}) x order by id limit ${limit}`,
    [locationId],
  );
  return rows.map((r) => r.id);
}

/**
 * Records of each kind that a request body or query can name (`recordId(kind)` in the
 * contracts), those of location $1: the field matrix names Baku's records as a Baku user would,
 * then puts one of Ganja's in the field under test.
 */
export const KIND_SOURCES: Record<string, string> = {
  location: `select id from locations where id = $1`,
  case: `select id from cases where location_id = $1`,
  programme: `select id from programmes where location_id = $1`,
  house: `select h.id from family_houses h join programmes p on p.id = h.programme_id where p.location_id = $1`,
  familyMember: `select fm.id from family_members fm join cases c on c.child_id = fm.child_id where c.location_id = $1`,
  placement: `select p.id from placements p join cases c on c.id = p.case_id where c.location_id = $1 and p.end_date is null`,
  enrolment: `select e.id from enrolments e join programmes p on p.id = e.programme_id where p.location_id = $1`,
  goal: `select g.id from plan_goals g join development_plans d on d.id = g.plan_id
           join households h on h.id = d.household_id where h.location_id = $1`,
  person: `select c.child_id as id from cases c where c.location_id = $1`,
  worker: `select id from users where role = 'social_worker' and not scope_all and $1 = any(scope_location_ids)`,
};

export async function kindIds(t: TestApp, kind: string, locationId: string, limit = 1) {
  const sql = KIND_SOURCES[kind];
  if (!sql) return [];
  const rows = await t.db.query<{ id: string }>(`select id from (${sql}) x order by id limit ${limit}`, [
    locationId,
  ]);
  return rows.map((r) => r.id);
}

/**
 * Who calls a route in the scope matrices: the first of these roles that the access policy lets
 * in (a worker before their supervisor, the administrator last).
 */
export const CALLER_ROLES: Role[] = [
  'social_worker',
  'supervisor',
  'teacher',
  'foster_care_officer',
  'director',
  'analyst',
  'admin',
];
