import type { CaseStatus } from '../../../common/cases';
import type { CaseListQuery, CaseSummary } from '../../../common/contracts/cases';
import type { LocalizedText } from '../../../common/i18n/locales';
import type { Queryable } from '../client';
import { type CaseViewer, caseVisible, viewerParams } from './case-scope';

/*
 * The children list: its page, its count and the batches an export reads, all from one
 * builder of conditions, so that an export can never see more than the list.
 */

interface SummaryRow {
  id: string;
  caseNumber: string;
  status: CaseStatus;
  childId: string;
  givenName: string;
  familyName: string;
  patronymic: string | null;
  sex: 'female' | 'male' | null;
  birthDate: string | null;
  locationName: LocalizedText;
  programmeName: LocalizedText | null;
  workerName: string | null;
  settingType: CaseSummary['settingType'];
  placedOn: string | null;
  nextReviewOn: string | null;
  overdue: boolean;
  reEntry: boolean;
  openedOn: string;
}

const AGE_BOUNDS: Record<string, [number, number]> = {
  '0-6': [0, 6],
  '7-13': [7, 13],
  '14-17': [14, 17],
  '18+': [18, 200],
};

type CaseFilters = Omit<CaseListQuery, 'page' | 'pageSize'> & { assignedOnly?: boolean };

/**
 * The conditions of the children list: the viewer's scope and the filters, as SQL over cases `c`
 * with `$5` = today. The list pages, its count and its export all use this one builder, so an
 * export can never see more than the list.
 */
function caseListConditions(viewer: CaseViewer, query: CaseFilters, today: string) {
  const params: unknown[] = [...viewerParams(viewer), today];
  const where = [caseVisible(1)];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (query.assignedOnly) add('c.assigned_worker_id = ?', viewer.userId);
  if (query.locationId) add('c.location_id = ?', query.locationId);
  if (query.programmeId) add('c.programme_id = ?', query.programmeId);
  if (query.status) add('c.status = ?', query.status);
  else where.push("c.status <> 'closed'");
  if (query.workerId) add('c.assigned_worker_id = ?', query.workerId);
  if (query.settingType) add('pl.setting_type = ?', query.settingType);
  if (query.overdue === 'true') where.push("c.status = 'in_care' and c.next_review_on < $5::date");
  if (query.ageBand) {
    const [min, max] = AGE_BOUNDS[query.ageBand]!;
    add(`p.birth_date > ($5::date - make_interval(years => ? + 1)) `, max);
    add(`p.birth_date <= ($5::date - make_interval(years => ?))`, min);
  }
  const joins = `${query.ageBand ? 'join persons p on p.id = c.child_id' : ''}
    ${query.settingType ? 'left join placements pl on pl.child_id = c.child_id and pl.end_date is null and not pl.superseded' : ''}`;
  return { params, where, joins };
}

// The names looked up per row are scalar subqueries, not joins: the planner then orders only
// cases, persons and placements. With six joins it spent 3–4 ms choosing a join order on every
// call, four times what running the query took (decision 0016).
const SUMMARY_SELECT = `select c.id, c.case_number as "caseNumber", c.status, p.id as "childId", p.given_name as "givenName",
            p.family_name as "familyName", p.patronymic, p.sex, p.birth_date as "birthDate",
            (select l.name from locations l where l.id = c.location_id) as "locationName",
            (select pr.name from programmes pr where pr.id = c.programme_id) as "programmeName",
            (select u.display_name from users u where u.id = c.assigned_worker_id) as "workerName",
            pl.setting_type as "settingType", pl.start_date as "placedOn", c.next_review_on as "nextReviewOn",
            coalesce(c.status = 'in_care' and c.next_review_on < $5::date, false) as overdue, c.re_entry as "reEntry",
            c.opened_on as "openedOn"
       from cases c
       join persons p on p.id = c.child_id
       left join placements pl on pl.child_id = c.child_id and pl.end_date is null and not pl.superseded`;

function summaryOf(r: SummaryRow): CaseSummary {
  return {
    id: r.id,
    caseNumber: r.caseNumber,
    status: r.status,
    child: {
      id: r.childId,
      givenName: r.givenName,
      familyName: r.familyName,
      patronymic: r.patronymic,
      sex: r.sex,
      birthDate: r.birthDate,
    },
    locationName: r.locationName,
    programmeName: r.programmeName,
    workerName: r.workerName,
    settingType: r.settingType,
    placedOn: r.placedOn,
    nextReviewOn: r.nextReviewOn,
    overdue: r.overdue,
    reEntry: r.reEntry,
  };
}

/**
 * How many cases the list shows with these filters (its total, without paging); with `limit`,
 * counted no further than that: the count stops after `limit` rows instead of visiting every
 * case in scope (at 1,000,000 children, a third of them in one location, a full count took
 * 365 ms; a limited one a few).
 */
export async function countCases(
  q: Queryable,
  viewer: CaseViewer,
  query: CaseFilters,
  today: string,
  limit?: number,
): Promise<number> {
  const { params, where, joins } = caseListConditions(viewer, query, today);
  // `$5` (today) is named even when no filter uses it, so both drivers can type every parameter.
  let rows = `select 1 from cases c ${joins} where ${where.join(' and ')} and $5::date is not null`;
  if (limit !== undefined) {
    params.push(limit);
    rows += ` limit $${params.length}`;
  }
  const counted = await q.query<{ n: number }>(`select count(*)::int as n from (${rows}) counted`, params);
  return counted[0]?.n ?? 0;
}

/** Pages counted past the one shown: the pager offers them, and says "more" beyond. */
const PAGES_AHEAD = 4;

/**
 * A page of cases the viewer may see, filtered, newest first (a worker's own list: overdue
 * first). The page walks the (opened_on, id) index and the total is counted apart and only a
 * few pages ahead, so a page costs about the same with fifty or a million cases.
 */
export async function listCases(
  q: Queryable,
  viewer: CaseViewer,
  query: CaseListQuery & { assignedOnly?: boolean },
  today: string,
): Promise<{ items: CaseSummary[]; total: number; totalIsLowerBound: boolean }> {
  const reach = (query.page + PAGES_AHEAD) * query.pageSize;
  const counted = await countCases(q, viewer, query, today, reach + 1);
  const totalIsLowerBound = counted > reach;
  const total = Math.min(counted, reach);
  const { params, where } = caseListConditions(viewer, query, today);
  const order = query.assignedOnly
    ? `(c.status = 'in_care' and c.next_review_on < $5::date) desc, c.next_review_on nulls last, c.id`
    : 'c.opened_on desc, c.id desc';
  params.push(query.pageSize, (query.page - 1) * query.pageSize);
  const rows = await q.query<SummaryRow>(
    `${SUMMARY_SELECT}
      where ${where.join(' and ')}
      order by ${order}
      limit $${params.length - 1} offset $${params.length}`,
    params,
  );
  return { total, totalIsLowerBound, items: rows.map(summaryOf) };
}

export type CaseListRow = CaseSummary & { openedOn: string };
/** Where the previous batch of the children list ended (its last row's sort key). */
export interface CaseListCursor {
  openedOn: string;
  id: string;
}

/**
 * The next `limit` rows of the children list after `after`, in the list's order (newest
 * first), by keyset: each batch is one short query that starts where the last one ended,
 * so an export of any size holds one batch in memory and no transaction open.
 */
export async function caseListBatch(
  q: Queryable,
  viewer: CaseViewer,
  query: Omit<CaseListQuery, 'page' | 'pageSize'>,
  today: string,
  after: CaseListCursor | null,
  limit: number,
): Promise<CaseListRow[]> {
  const { params, where } = caseListConditions(viewer, query, today);
  if (after) {
    params.push(after.openedOn, after.id);
    where.push(`(c.opened_on, c.id) < ($${params.length - 1}::date, $${params.length}::uuid)`);
  }
  params.push(limit);
  const rows = await q.query<SummaryRow>(
    `${SUMMARY_SELECT}
      where ${where.join(' and ')}
      order by c.opened_on desc, c.id desc
      limit $${params.length}`,
    params,
  );
  return rows.map((r) => ({ ...summaryOf(r), openedOn: r.openedOn }));
}
