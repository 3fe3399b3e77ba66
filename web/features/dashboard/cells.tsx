import { Anchor, Text, VisuallyHidden } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { Dashboard, Indicator } from '../../../common/contracts/indicators';
import type { Bar } from '../../components/ui/BarChart';
import { useFormat } from '../../lib/format';

/**
 * A sum of cells of which some may be hidden (null: fewer children than the threshold, for
 * roles that see aggregates only): the sum of those shown and how many were hidden. Every
 * hidden cell counts at least one child, so known + hidden is a true lower bound.
 */
export interface Tally {
  known: number;
  hidden: number;
}

export function tally(values: readonly (number | null | undefined | string | boolean)[]): Tally {
  let known = 0;
  let hidden = 0;
  for (const v of values) {
    if (v === null) hidden += 1;
    else if (typeof v === 'number') known += v;
  }
  return { known, hidden };
}

export const sumOf = (rows: Indicator['rows'], where: (row: Indicator['rows'][number]) => boolean) =>
  tally(rows.filter(where).map((r) => r.n ?? r.value ?? null));

/** Exactly one hidden cell and nothing else: the cell itself, shown as "<5". */
const isOneHiddenCell = (t: Tally) => t.hidden === 1 && t.known === 0;

/** Labels, numbers and small-cell texts of the dashboard, in the current language. */
export function useCells(d: Dashboard) {
  const intl = useIntl();
  const format = useFormat();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const hiddenText = `<${format.number(d.threshold)}`;
  const text = (x: Tally) =>
    x.hidden === 0
      ? format.number(x.known)
      : isOneHiddenCell(x)
        ? hiddenText
        : t('dashboard.atLeast', { count: format.number(x.known + x.hidden) });
  const children = (n: number) => t('dashboard.childCount', { n, count: format.number(n) });
  return {
    t,
    format,
    hiddenText,
    text,
    children,
    percent: (value: number) => t('dashboard.percent', { value: format.number(value) }),
    /** A bar of a chart for a tally: the lower bound when part of it is hidden. */
    bar: (key: string, label: string, x: Tally, parts?: Record<string, number>): Bar => ({
      key,
      label,
      value: isOneHiddenCell(x) ? null : x.known + x.hidden,
      text: text(x),
      parts,
    }),
    /** The date or period an indicator is counted for, as a line under its title. */
    asAt: t('dashboard.asAt', { date: format.date(d.asAt) }),
    period: t('dashboard.period', { from: format.date(d.from), to: format.date(d.to) }),
  };
}

/**
 * A number of a table: "<5" when hidden, a link to the children behind it when the user may
 * see them and there are any.
 */
export function Count({
  d,
  value,
  to,
  strong,
}: {
  d: Dashboard;
  value: Tally | number | null;
  to?: string | null;
  strong?: boolean;
}) {
  const { text, t, format } = useCells(d);
  const x = typeof value === 'number' || value === null ? tally([value]) : value;
  const shown = text(x);
  if (x.hidden > 0) {
    return (
      <Text
        span
        inherit
        c="gray.8"
        title={t('dashboard.hiddenCell', { threshold: format.number(d.threshold) })}
      >
        {shown}
      </Text>
    );
  }
  if (to && x.known > 0) {
    return (
      <Anchor component={Link} to={to} inherit c="teal" fw={strong ? 700 : 600} underline="always">
        {shown}
        <VisuallyHidden> — {t('dashboard.drill.show')}</VisuallyHidden>
      </Anchor>
    );
  }
  return (
    <Text span inherit fw={strong ? 700 : undefined} c={x.known === 0 ? 'gray.7' : undefined}>
      {shown}
    </Text>
  );
}
