import type { Queryable } from '../client';

// Allowance payments of a foster placement (what is owed comes from the country's rate table).

export async function paymentsOf(q: Queryable, placementId: string) {
  return q.query<{ month: string; kind: string; amount: number; currency: string; paidOn: string }>(
    'select month, kind, amount, currency, paid_on as "paidOn" from allowance_payments where placement_id = $1 order by month, kind',
    [placementId],
  );
}

export async function insertPayment(
  q: Queryable,
  p: {
    placementId: string;
    month: string;
    kind: string;
    amount: number;
    currency: string;
    paidOn: string;
    by: string;
  },
): Promise<boolean> {
  const rows = await q.query(
    `insert into allowance_payments (placement_id, month, kind, amount, currency, paid_on, recorded_by)
     values ($1, $2, $3, $4, $5, $6, $7) on conflict (placement_id, month, kind) do nothing returning id`,
    [p.placementId, p.month, p.kind, p.amount, p.currency, p.paidOn, p.by],
  );
  return rows.length === 1;
}
