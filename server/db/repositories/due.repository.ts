import type { DueItem } from '../../../common/contracts/cases';
import type { Queryable } from '../client';
import { type CaseViewer, caseVisible, viewerParams } from './case-scope';

/** A due item with the worker who holds its case (null: nobody, or no case), for the team's view. */
export type DueItemRow = DueItem & { workerId: string | null };

/** How far ahead "due soon" looks. */
const HORIZON_DAYS = 30;

/**
 * What is due or overdue on the cases a viewer sees (or only on their own): reviews, care
 * plans not yet written, follow-up visits, open tasks and, for approvers, decisions waiting for them.
 * Overdue first, then by date. On their own list (`assignedOnly`), a worker also sees the tasks
 * given to them about a child or family followed by a programme without a case.
 */
export async function dueItems(
  q: Queryable,
  viewer: CaseViewer,
  options: { today: string; assignedOnly: boolean; approvals: boolean; caseId?: string },
): Promise<DueItemRow[]> {
  const params = [
    ...viewerParams(viewer),
    options.today,
    options.assignedOnly,
    options.approvals,
    options.caseId ?? null,
  ];
  const cases = `select c.id, c.case_number, c.child_id, c.status, c.next_review_on, c.opened_on, c.assigned_worker_id
                   from cases c where ${caseVisible(1)} and c.status <> 'closed'
                     and (not $6::boolean or c.assigned_worker_id = $4::uuid) and ($8::uuid is null or c.id = $8::uuid)`;
  const rows = await q.query<DueItemRow>(
    `with vc as (${cases}),
     items as (
       select 'review' as kind, vc.id as case_id, vc.next_review_on as due_on, null::text as title, null::uuid as ref_id,
              null::uuid as person_id, null::uuid as enrolment_id, null::uuid as household_id
         from vc where vc.status = 'in_care' and vc.next_review_on <= $5::date + ${HORIZON_DAYS}
       union all
       select 'care_plan_missing', vc.id, (vc.opened_on + 30), null, null, null, null, null
         from vc where vc.status = 'in_care'
          and not exists (select 1 from care_plans cp where cp.case_id = vc.id and cp.status in ('active', 'submitted'))
       union all
       select 'follow_up', f.case_id, f.due_on, f.kind, f.id, null, null, null
         from follow_ups f join vc on vc.id = f.case_id where f.status = 'due' and f.due_on <= $5::date + ${HORIZON_DAYS}
       union all
       select 'task', t.case_id, t.due_on, t.title, t.id, null, null, null
         from tasks t join vc on vc.id = t.case_id where t.status = 'open'
       union all
       -- Tasks about a child or family followed by a programme (no case): on their worker's own list.
       select 'task', null, t.due_on, t.title, t.id, t.person_id, t.enrolment_id, t.household_id
         from tasks t where $6::boolean and $8::uuid is null and t.case_id is null and t.status = 'open'
          and t.assigned_to = $4::uuid
       union all
       select 'gatekeeping_approval', g.case_id, null, null, g.id, null, null, null
         from gatekeeping_assessments g join vc on vc.id = g.case_id where $7::boolean and g.status = 'submitted'
       union all
       select 'care_plan_approval', cp.case_id, null, null, cp.id, null, null, null
         from care_plans cp join vc on vc.id = cp.case_id where $7::boolean and cp.status = 'submitted'
     )
     select i.kind, i.case_id as "caseId", c.case_number as "caseNumber",
            coalesce(p.given_name || ' ' || p.family_name, h.reference, '') as "childName",
            i.due_on as "dueOn", coalesce(i.due_on < $5::date, false) as overdue, i.title, i.ref_id as "refId",
            i.enrolment_id as "enrolmentId", e.group_id as "groupId", i.household_id as "householdId", c.assigned_worker_id as "workerId"
       from items i
       left join cases c on c.id = i.case_id
       left join persons p on p.id = coalesce(c.child_id, i.person_id)
       left join enrolments e on e.id = i.enrolment_id
       left join households h on h.id = i.household_id
      order by coalesce(i.due_on < $5::date, false) desc, i.due_on nulls first, c.case_number nulls last, i.ref_id`,
    params,
  );
  return rows;
}

export async function insertTask(
  q: Queryable,
  t: { caseId: string; kind: string; title: string; dueOn: string; assignedTo: string | null },
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    'insert into tasks (case_id, kind, title, due_on, assigned_to) values ($1, $2, $3, $4, $5) returning id',
    [t.caseId, t.kind, t.title, t.dueOn, t.assignedTo],
  );
  return rows[0]!.id;
}

/** Cancels the open tasks of a case (when it closes, nothing about it is due any more). */
export async function cancelOpenTasksOfCase(q: Queryable, caseId: string): Promise<void> {
  await q.query("update tasks set status = 'cancelled' where case_id = $1 and status = 'open'", [caseId]);
}
