/**
 * Whether a case has a current care plan on a date: the one rule behind the dashboard's
 * "current care plan", its drill-down, the Quality4Children figure and the exchange document.
 *
 * A plan is in force from its approval until it is revised or closed. It is current while in
 * force and not past its review: its own next review date (else its approval plus the
 * programme's review interval), moved on by every case review held since its approval (the
 * review's next date, else its date plus the interval), since a review that keeps the plan
 * reviews it. A plan whose review has passed is not current, however recently it was approved
 * before that (docs/indicators.md, "Current care plan").
 */
export function carePlanCurrentSql(caseId: string, asAt: string): string {
  return `exists (select 1 from care_plans cp
      cross join lateral (select make_interval(months => coalesce((select pr.review_interval_months
          from cases pc join programmes pr on pr.id = pc.programme_id where pc.id = cp.case_id), 3)) as months) cp_iv
     where cp.case_id = ${caseId} and cp.approved_at::date <= ${asAt}
       and (cp.status = 'active' or (cp.status in ('revised', 'closed') and cp.updated_at::date > ${asAt}))
       and greatest(
             coalesce(cp.next_review_on, (cp.approved_at::date + cp_iv.months)::date),
             (select max(coalesce(r.next_review_on, (r.held_on + cp_iv.months)::date)) from reviews r
               where r.case_id = cp.case_id and r.held_on >= cp.approved_at::date and r.held_on <= ${asAt})
           ) >= ${asAt})`;
}
