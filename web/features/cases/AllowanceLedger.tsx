import { Badge, Button, Card, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PlacementView } from '../../../common/contracts/cases';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { QueryState } from '../../components/ui/QueryState';
import { isoToday } from '../../lib/dates';
import { useEnumLabel } from '../../lib/enum-labels';
import { useFormat } from '../../lib/format';
import { useCan } from '../../lib/session';
import {
  type AllowanceKind,
  type AllowanceLedger as Ledger,
  useAllowanceLedger,
  useRecordPayment,
} from './foster-api';

/** Months shown before "show all" (the latest ones). */
const RECENT_MONTHS = 12;

type Line = { month: string; currency: string; kind: AllowanceKind; amount: number };

/** Amount and currency in the interface language: "300 AZN". */
function useMoney() {
  const intl = useIntl();
  const format = useFormat();
  return (amount: number, currency: string) =>
    intl.formatMessage({ id: 'cases.foster.money' }, { amount: format.number(amount), currency });
}

/**
 * The allowance ledger of a foster placement: each month, what the rate table in force that
 * month says is owed by kind, what was paid, and (for the officer) recording a payment.
 */
export function AllowanceLedger({ caseId, placement }: { caseId: string; placement: PlacementView }) {
  const query = useAllowanceLedger(caseId, placement.id);
  return (
    <Stack component="section" aria-labelledby="allowance-title">
      <Title order={3} size="h4" id="allowance-title">
        <FormattedMessage id="cases.foster.ledgerTitle" />
      </Title>
      <QueryState query={query}>
        {(ledger) => <LedgerTable ledger={ledger} placementId={placement.id} />}
      </QueryState>
    </Stack>
  );
}

/** The allowances month by month (the last months first shown), and recording a payment. */
function LedgerTable({ ledger, placementId }: { ledger: Ledger; placementId: string }) {
  const intl = useIntl();
  const canManage = useCan('foster.manage');
  const [paying, setPaying] = useState<string | null>(null);
  const [all, setAll] = useState(false);
  if (ledger.months.length === 0)
    return (
      <Text c="dimmed">
        <FormattedMessage id="cases.foster.noLedger" />
      </Text>
    );
  const months = all ? ledger.months : ledger.months.slice(-RECENT_MONTHS);
  const currencies = [...new Set(ledger.months.map((m) => m.currency))];
  const lines = ledger.months.flatMap((m) => m.lines);
  const owed = lines.reduce((s, l) => s + l.amount, 0);
  const paid = lines.reduce((s, l) => s + (l.paid ?? 0), 0);
  const keyOf = (month: string, kind: string) => `${month}:${kind}`;
  const payingLine = ledger.months
    .flatMap((m) => m.lines.map((l) => ({ ...l, month: m.month, currency: m.currency })))
    .find((l) => keyOf(l.month, l.kind) === paying && l.paid === null);
  return (
    <>
      {currencies.length === 1 && <LedgerTotals owed={owed} paid={paid} currency={currencies[0] ?? ''} />}
      <Table.ScrollContainer minWidth={canManage ? 640 : 540}>
        <Table withTableBorder withColumnBorders>
          <Table.Thead>
            <Table.Tr>
              {['month', 'kind', 'owed', 'paid', 'state'].map((c) => (
                <Table.Th scope="col" key={c}>
                  {intl.formatMessage({ id: `cases.foster.ledger.${c}` })}
                </Table.Th>
              ))}
              {canManage && (
                <Table.Th scope="col">
                  <FormattedMessage id="cases.actions" />
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          {months.map((m) => (
            <Table.Tbody key={m.month} data-testid="ledger-month">
              {m.lines.map((l, i) => {
                const key = keyOf(m.month, l.kind);
                return (
                  <LedgerLine
                    key={l.kind}
                    line={l}
                    month={m}
                    first={i === 0}
                    canManage={canManage}
                    paying={paying === key}
                    onPay={() => setPaying(paying === key ? null : key)}
                  />
                );
              })}
            </Table.Tbody>
          ))}
        </Table>
      </Table.ScrollContainer>
      {ledger.months.length > months.length && (
        <Group>
          <Button variant="subtle" size="compact-sm" onClick={() => setAll(true)}>
            <FormattedMessage id="cases.foster.allMonths" values={{ count: ledger.months.length }} />
          </Button>
        </Group>
      )}
      {canManage && payingLine && (
        <PaymentForm
          key={paying}
          placementId={placementId}
          line={payingLine}
          onDone={() => setPaying(null)}
        />
      )}
    </>
  );
}

function PaymentForm({ placementId, line, onDone }: { placementId: string; line: Line; onDone(): void }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useEnumLabel();
  const pay = useRecordPayment(placementId);
  const [amount, setAmount] = useState<number | string>(line.amount);
  const [paidOn, setPaidOn] = useState(isoToday());
  const [tried, setTried] = useState(false);
  const required = intl.formatMessage({ id: 'cases.foster.required' });
  const valid = typeof amount === 'number' && amount >= 0;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!valid || !paidOn) return;
    try {
      await pay.mutateAsync({ month: line.month, kind: line.kind, amount: amount as number, paidOn });
      onDone();
    } catch {
      // shown by the alert
    }
  }

  return (
    <Card withBorder id="payment-form" component="section" aria-labelledby="payment-form-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={4} size="h5" id="payment-form-title">
            {intl.formatMessage(
              { id: 'cases.foster.paymentTitle' },
              { kind: label('foster.allowance', line.kind), month: format.date(`${line.month}-01`, 'month') },
            )}
          </Title>
          <ErrorAlert error={pay.error} onReload={() => pay.reset()} />
          <Group align="start" wrap="wrap">
            <NumberInput
              label={intl.formatMessage({ id: 'cases.foster.amountPaid' }, { currency: line.currency })}
              required
              min={0}
              max={1_000_000}
              decimalScale={2}
              w={{ base: '100%', xs: 200 }}
              value={amount}
              error={tried && !valid ? required : undefined}
              onChange={setAmount}
            />
            <DateField
              label={intl.formatMessage({ id: 'cases.foster.paidOn' })}
              required
              max={isoToday()}
              value={paidOn}
              error={tried && !paidOn ? required : undefined}
              onChange={setPaidOn}
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              <FormattedMessage id="cases.cancel" />
            </Button>
            <Button type="submit" loading={pay.isPending}>
              <FormattedMessage id="cases.foster.savePayment" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** What is owed, paid and still due over the whole ledger (one currency). */
function LedgerTotals({ owed, paid, currency }: { owed: number; paid: number; currency: string }) {
  const intl = useIntl();
  const money = useMoney();
  return (
    <Group gap="lg" wrap="wrap">
      {[
        ['owedTotal', owed],
        ['paidTotal', paid],
        ['balance', owed - paid],
      ].map(([k, v]) => (
        <Text
          key={k}
          fw={k === 'balance' ? 700 : undefined}
          c={k === 'balance' && owed > paid ? 'red' : undefined}
        >
          {intl.formatMessage({ id: `cases.foster.${k}` }, { amount: money(v as number, currency) })}
        </Text>
      ))}
    </Group>
  );
}

/** One allowance of one month: owed, paid, its state, and (to a manager) recording its payment. */
function LedgerLine({
  line: l,
  month: m,
  first,
  canManage,
  paying,
  onPay,
}: {
  line: Ledger['months'][number]['lines'][number];
  month: Ledger['months'][number];
  /** The month's first line carries the month's name across its lines. */
  first: boolean;
  canManage: boolean;
  paying: boolean;
  onPay(): void;
}) {
  const intl = useIntl();
  const format = useFormat();
  const label = useEnumLabel();
  const money = useMoney();
  const state = l.paid === null ? 'unpaid' : l.paid < l.amount ? 'partly' : 'paid';
  return (
    <Table.Tr>
      {first && (
        <Table.Th scope="rowgroup" rowSpan={m.lines.length} fw={600} style={{ verticalAlign: 'top' }}>
          {format.date(`${m.month}-01`, 'month')}
        </Table.Th>
      )}
      <Table.Td>{label('foster.allowance', l.kind)}</Table.Td>
      <Table.Td ta="end">{money(l.amount, m.currency)}</Table.Td>
      <Table.Td ta="end">{l.paid === null ? label('x', null) : money(l.paid, m.currency)}</Table.Td>
      <Table.Td>
        <Badge
          tt="none"
          variant="light"
          miw="max-content"
          color={state === 'paid' ? 'teal.9' : state === 'partly' ? 'yellow.9' : 'gray.7'}
        >
          <FormattedMessage id={`cases.foster.ledger.${state}`} />
        </Badge>
      </Table.Td>
      {canManage && (
        <Table.Td>
          {l.paid === null && (
            <Button
              size="xs"
              variant="light"
              aria-label={`${intl.formatMessage({ id: 'cases.foster.recordPayment' })}: ${label('foster.allowance', l.kind)}, ${format.date(`${m.month}-01`, 'month')}`}
              aria-expanded={paying}
              aria-controls={paying ? 'payment-form' : undefined}
              onClick={onPay}
            >
              <FormattedMessage id="cases.foster.recordPayment" />
            </Button>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}
