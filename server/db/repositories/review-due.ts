/**
 * When a child's next review falls due, as at a date: the one rule (decision 0022) behind the
 * case page and the case list (`cases.next_review_on`, stored by `refreshNextReview` as at
 * "everything recorded"), the start page's due items and overdue filter (which read that
 * column), and the dashboard's "reviews on time", its drill-down, the Quality4Children figure
 * and the exchange document (which ask it as at their own date).
 *
 * The review clock starts when the child's stay in care starts (consecutive placements with at
 * most a day between them are one stay; a move is not a new stay). Then:
 * 1. the last review of the case held in this stay and on or before the date: its own next
 *    date, else its date plus the programme's interval;
 * 2. before any such review, the next review date of the care plan in force on the date;
 * 3. else the stay's start plus the programme's interval (the first review).
 * The interval is the case's programme's `review_interval_months`, 3 months by default.
 */

/**
 * SQL: the first day of the child's stay in care that began last on or before `asAt` (the
 * stay the child is in on that date, when in care). `childId` and `asAt` are SQL expressions.
 */
export function stayStartSql(childId: string, asAt: string): string {
  return `(select max(p.start_date) from placements p
      where p.child_id = ${childId} and not p.superseded and p.start_date <= ${asAt}
        and not exists (select 1 from placements q
              where q.child_id = p.child_id and not q.superseded and q.id <> p.id
                and (q.start_date < p.start_date or (q.start_date = p.start_date and q.id < p.id))
                and (q.end_date is null or q.end_date >= p.start_date - 1)))`;
}

/**
 * SQL: the date the case's next review falls due as at `asAt` (null when the case has no stay
 * and no review or plan to go by). `caseId` and `asAt` are SQL expressions; pass
 * `'infinity'::date` for "as at everything recorded" (what the case stores).
 */
export function reviewDueOnSql(caseId: string, asAt: string): string {
  return `(select coalesce(
        (select coalesce(r.next_review_on, (r.held_on + due_iv.months)::date) from reviews r
          where r.case_id = due_c.id and r.held_on <= ${asAt}
            and (due_stay.started is null or r.held_on >= due_stay.started)
          order by r.held_on desc, r.created_at desc limit 1),
        (select cp.next_review_on from care_plans cp
          where cp.case_id = due_c.id and cp.next_review_on is not null and cp.approved_at::date <= ${asAt}
            and (cp.status = 'active' or (cp.status in ('revised', 'closed') and cp.updated_at::date > ${asAt}))
          order by cp.approved_at desc limit 1),
        (due_stay.started + due_iv.months)::date)
      from cases due_c
      cross join lateral (select ${stayStartSql('due_c.child_id', asAt)} as started) due_stay
      cross join lateral (select make_interval(months => coalesce(
          (select pr.review_interval_months from programmes pr where pr.id = due_c.programme_id), 3)) as months) due_iv
     where due_c.id = ${caseId})`;
}
