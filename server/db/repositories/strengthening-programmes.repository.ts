// Family strengthening programmes: which exist in scope, and how often their plans are reviewed.
import type { LocalizedText } from '../../../common/i18n/locales';
import type { Queryable } from '../client';
import type { Scope } from '../types/scope';

export interface StrengtheningProgrammeRecord {
  id: string;
  name: LocalizedText;
  locationId: string | null;
  planReviewMonths: number;
  version: number;
}

/** A family strengthening programme (nothing for a programme of another type). */
export async function findStrengtheningProgramme(
  q: Queryable,
  id: string,
): Promise<StrengtheningProgrammeRecord | undefined> {
  const rows = await q.query<StrengtheningProgrammeRecord>(
    `select id, name, location_id as "locationId", plan_review_months as "planReviewMonths", version
       from programmes where id = $1 and type = 'family_strengthening'`,
    [id],
  );
  return rows[0];
}

/** The family strengthening programmes in scope, with how many families take part or wait and the reviews overdue. */
export async function listStrengtheningProgrammes(q: Queryable, scope: Scope, today: string) {
  return q.query<
    StrengtheningProgrammeRecord & { enrolled: number; waiting: number; overdueReviews: number }
  >(
    `select p.id, p.name, p.location_id as "locationId", p.plan_review_months as "planReviewMonths", p.version,
            (select count(*) from enrolments e where e.programme_id = p.id and e.status = 'enrolled')::int as enrolled,
            (select count(*) from enrolments e where e.programme_id = p.id and e.status = 'waiting')::int as waiting,
            (select count(*) from development_plans dp join enrolments e on e.id = dp.enrolment_id
              where e.programme_id = p.id and dp.status = 'active' and dp.next_review_on < $4)::int as "overdueReviews"
       from programmes p
      where p.type = 'family_strengthening'
        and ($1::boolean or p.id = any($2::uuid[]) or p.location_id = any($3::uuid[]))
      order by p.code`,
    [scope.all, [...scope.programmeIds], [...scope.locationIds], today],
  );
}

export async function setPlanReviewMonths(
  q: Queryable,
  id: string,
  version: number,
  months: number,
): Promise<boolean> {
  const rows = await q.query(
    `update programmes set plan_review_months = $3, version = version + 1, updated_at = now()
      where id = $1 and version = $2 and type = 'family_strengthening' returning id`,
    [id, version, months],
  );
  return rows.length === 1;
}
