import { Box, Button, Card, Collapse, Grid, Group, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode, useId } from 'react';
import type { Dashboard, Indicator } from '../../../common/contracts/indicators';
import { useCells } from './cells';

/** Whether an indicator counts children on a date, events in a period, or both. */
const WHEN: Record<Indicator['id'], 'asAt' | 'period' | 'both'> = {
  children_in_care: 'asAt',
  entries_by_month: 'period',
  exits_by_month: 'period',
  length_of_stay: 'both',
  moves_per_child: 'asAt',
  siblings_together: 'asAt',
  care_plan_current: 'asAt',
  gatekeeping_on_entry: 'period',
  reviews_on_time: 'asAt',
  family_contact: 'asAt',
  short_term_care: 'period',
  after_care: 'period',
  foster_funnel: 'period',
  core_indicators: 'both',
};

/**
 * One indicator: its title, the date or period it counts, its definition one click away
 * ("What is counted", a collapsible text) and its chart and table.
 */
export function IndicatorCard({
  d,
  indicator,
  wide,
  children,
}: {
  d: Dashboard;
  indicator: Indicator;
  wide?: boolean;
  children: ReactNode;
}) {
  const { t, format, asAt, period } = useCells(d);
  const [open, { toggle }] = useDisclosure(false);
  const id = useId();
  const when = WHEN[indicator.id];
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby={`${id}-title`}
      data-indicator={indicator.id}
      style={wide ? { gridColumn: '1 / -1' } : undefined}
    >
      <Group justify="space-between" align="start" wrap="wrap" gap="xs" mb="sm">
        <Box maw="100%">
          <Title order={2} size="h4" id={`${id}-title`}>
            {t(`dashboard.indicator.${indicator.id}`)}
          </Title>
          <Text size="sm" c="gray.7">
            {when === 'asAt' ? asAt : when === 'period' ? period : `${asAt} · ${period}`}
          </Text>
        </Box>
        <Button
          variant="default"
          size="compact-sm"
          aria-expanded={open}
          aria-controls={`${id}-definition`}
          onClick={toggle}
        >
          {t('dashboard.definition.toggle')}
        </Button>
      </Group>
      <Collapse in={open}>
        <Box
          id={`${id}-definition`}
          p="sm"
          mb="sm"
          bg="gray.0"
          style={{ borderLeft: '3px solid var(--mantine-color-teal-8)' }}
        >
          <Text size="sm">
            {t(`dashboard.definition.${indicator.id}`, {
              asAt: format.date(d.asAt),
              from: format.date(d.from),
              to: format.date(d.to),
              year: format.date(d.asAt, 'year'),
              followFrom: format.date(yearBefore(d.from)),
              followTo: format.date(yearBefore(d.to)),
            })}
          </Text>
        </Box>
      </Collapse>
      {children}
    </Card>
  );
}

/** The same day a year earlier (29 February → 28 February), as the re-entry follow-up window is counted. */
export function yearBefore(iso: string): string {
  const y = String(Number(iso.slice(0, 4)) - 1).padStart(4, '0');
  const md = iso.slice(5) === '02-29' ? '02-28' : iso.slice(5);
  return `${y}-${md}`;
}

/** A chart with its table beside it when the card is wide enough, else below it. */
export function ChartAndTable({
  chart,
  table,
  split = 640,
  chartSpan = 6,
}: {
  chart: ReactNode;
  table: ReactNode;
  /** The card width (px) from which the table goes beside the chart. */
  split?: number;
  /** The chart's share of the width (of 12) when side by side. */
  chartSpan?: number;
}) {
  const never = '100000px';
  return (
    <Grid
      type="container"
      gutter="lg"
      breakpoints={{ xs: never, sm: `${split}px`, md: never, lg: never, xl: never }}
    >
      <Grid.Col span={{ base: 12, sm: chartSpan }}>{chart}</Grid.Col>
      <Grid.Col span={{ base: 12, sm: 12 - chartSpan }}>{table}</Grid.Col>
    </Grid>
  );
}
