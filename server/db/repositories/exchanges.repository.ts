import type { Exchange, ExchangeBody } from '../../../common/contracts/exchanges';
import type { Queryable } from '../client';

/** The hub's exchanges between member countries (study visits, trainings, secondments, joint supervision). */

const COLUMNS = `id, kind, from_country as "fromCountry", to_country as "toCountry",
  starts_on::text as "startsOn", ends_on::text as "endsOn", participants,
  participant_roles as "participantRoles", topics, materials,
  evaluation_score::float8 as "evaluationScore", evaluation_answered as "evaluationAnswered",
  evaluation_use as "evaluationUse", status, version`;

const values = (e: ExchangeBody) => [
  e.kind,
  e.fromCountry,
  e.toCountry,
  e.startsOn,
  e.endsOn,
  e.participants,
  JSON.stringify(e.participantRoles),
  JSON.stringify(e.topics),
  JSON.stringify(e.materials.map((m) => ({ title: m.title, link: m.link ?? null }))),
  e.evaluationScore ?? null,
  e.evaluationAnswered ?? null,
  e.evaluationUse,
  e.status,
];

export async function insertExchange(q: Queryable, e: ExchangeBody, by: string | null): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into cooperation_exchanges (kind, from_country, to_country, starts_on, ends_on, participants,
       participant_roles, topics, materials, evaluation_score, evaluation_answered, evaluation_use, status, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) returning id`,
    [...values(e), by],
  );
  return rows[0]!.id;
}

/** Changes the exchange if it is still at `version`; false when it moved on (or is gone). */
export async function updateExchange(
  q: Queryable,
  id: string,
  version: number,
  e: ExchangeBody,
): Promise<boolean> {
  const rows = await q.query(
    `update cooperation_exchanges set kind = $1, from_country = $2, to_country = $3, starts_on = $4, ends_on = $5,
       participants = $6, participant_roles = $7, topics = $8, materials = $9, evaluation_score = $10,
       evaluation_answered = $11, evaluation_use = $12, status = $13, version = version + 1
     where id = $14 and version = $15 returning id`,
    [...values(e), id, version],
  );
  return rows.length === 1;
}

export async function findExchange(q: Queryable, id: string): Promise<Exchange | undefined> {
  return (await q.query<Exchange>(`select ${COLUMNS} from cooperation_exchanges where id = $1`, [id]))[0];
}

/** Exchanges starting in `year` (all when null), newest first. */
export async function listExchanges(q: Queryable, year: number | null): Promise<Exchange[]> {
  return q.query<Exchange>(
    `select ${COLUMNS} from cooperation_exchanges
      where $1::int is null or extract(year from starts_on)::int = $1
      order by starts_on desc, id limit 1000`,
    [year],
  );
}

export async function memberCountryNames(q: Queryable) {
  return q.query<{ code: string; names: { az: string; tr: string; ru: string; en: string }; status: string }>(
    'select code, names, status from member_countries order by code',
  );
}

export async function isMemberCountry(q: Queryable, code: string): Promise<boolean> {
  const rows = await q.query("select 1 from member_countries where code = $1 and status <> 'left'", [code]);
  return rows.length === 1;
}
