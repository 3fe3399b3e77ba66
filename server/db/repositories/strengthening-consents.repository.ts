// A household's consent to take part in a programme, and what it lets be shared.
import type { ConsentBody, ConsentView } from '../../../common/contracts/strengthening';
import type { Queryable } from '../client';

const CONSENT_SELECT = `select c.id, c.programme_id as "programmeId", pr.name as "programmeName",
    c.given_by_person_id as "givenByPersonId", nullif(concat_ws(' ', p.family_name, p.given_name), '') as "givenByName",
    c.given_on as "givenOn", c.withdrawn_on as "withdrawnOn", c.share_with as "shareWith", c.note,
    (c.given_on <= $2::date and (c.withdrawn_on is null or c.withdrawn_on > $2::date)) as active, c.version,
    c.household_id as "householdId"
  from household_consents c join programmes pr on pr.id = c.programme_id
  left join persons p on p.id = c.given_by_person_id`;

export async function insertConsent(
  q: Queryable,
  householdId: string,
  body: ConsentBody,
  userId: string,
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into household_consents (household_id, programme_id, given_by_person_id, given_on, share_with, note, recorded_by)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [householdId, body.programmeId, body.givenByPersonId, body.givenOn, body.shareWith, body.note, userId],
  );
  return rows[0]!.id;
}

export async function consentsOf(q: Queryable, householdId: string, today: string): Promise<ConsentView[]> {
  return q.query<ConsentView>(
    `${CONSENT_SELECT} where c.household_id = $1 order by c.given_on desc, c.created_at desc`,
    [householdId, today],
  );
}

export async function findConsent(
  q: Queryable,
  id: string,
  today: string,
): Promise<(ConsentView & { householdId: string }) | undefined> {
  const rows = await q.query<ConsentView & { householdId: string }>(`${CONSENT_SELECT} where c.id = $1`, [
    id,
    today,
  ]);
  return rows[0];
}

export async function withdrawConsent(
  q: Queryable,
  id: string,
  version: number,
  withdrawnOn: string,
): Promise<boolean> {
  const rows = await q.query(
    `update household_consents set withdrawn_on = $3, version = version + 1, updated_at = now()
      where id = $1 and version = $2 and withdrawn_on is null returning id`,
    [id, version, withdrawnOn],
  );
  return rows.length === 1;
}
