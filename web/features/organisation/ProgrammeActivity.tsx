import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { SUPPRESSION_THRESHOLD } from '../../../common/contracts/indicators';
import type { OverviewLine, ProgrammeOverview } from '../../../common/contracts/programme-overview';
import { MonthField } from '../../components/fields/MonthField';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { useProgrammeOverview } from '../../lib/organisation';

const LINKS: Record<OverviewLine['link']['kind'], (id: string) => string> = {
  case: (id) => `/cases/${id}`,
  enrolment: (id) => `/enrolments/${id}`,
  household: (id) => `/strengthening/${id}`,
};

/**
 * A programme's month at a glance: who takes part now, who joined and who left and why,
 * attendance, overdue reviews and — for family strengthening — children kept with their families.
 */
export function ProgrammeActivity({ programmeId, today }: { programmeId: string; today: string }) {
  const intl = useIntl();
  const [month, setMonth] = useState(today.slice(0, 7));
  const query = useProgrammeOverview(programmeId, month);
  return (
    <Stack component="section" aria-labelledby="programme-activity-title">
      <Group justify="space-between" align="end">
        <Title order={2} size="h3" id="programme-activity-title">
          <FormattedMessage id="programmeActivity.title" />
        </Title>
        <MonthField
          label={intl.formatMessage({ id: 'programmeActivity.month' })}
          value={month}
          max={today.slice(0, 7)}
          onChange={setMonth}
        />
      </Group>
      <QueryState query={query}>{(o) => <Activity overview={o} />}</QueryState>
    </Stack>
  );
}

/** A count as published: "<5" when withheld for a reader of aggregates only (decision 0019). */
const countText = (format: ReturnType<typeof useFormat>, n: number | null) =>
  n === null ? `<${format.number(SUPPRESSION_THRESHOLD)}` : format.number(n);

function Activity({ overview: o }: { overview: ProgrammeOverview }) {
  const intl = useIntl();
  const format = useFormat();
  const count = (n: number | null) => countText(format, n);
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const reason = (r: string | null) => {
    if (!r) return '';
    const id = [`programmeActivity.reason.${r}`, `endReason.${r}`, `cases.endReason.${r}`].find(
      (k) => intl.messages[k],
    );
    return id ? t(id) : r;
  };
  const figures: [string, string][] = [
    [t(`programmeActivity.now.${o.kind}`), count(o.enrolledNow.count)],
    [t('programmeActivity.joined'), count(o.joined.count)],
    [t('programmeActivity.left'), count(o.left.count)],
  ];
  if (o.attendance)
    figures.push([
      t('programmeActivity.attendance'),
      o.attendance.rate === null
        ? '—'
        : t('programmeActivity.percent', { value: format.number(o.attendance.rate) }),
    ]);
  if (o.overdueReviews) figures.push([t('programmeActivity.overdue'), count(o.overdueReviews.count)]);
  if (o.keptWithFamilies)
    figures.push([
      t('programmeActivity.kept'),
      t('programmeActivity.keptOf', {
        stayed: count(o.keptWithFamilies.stayed),
        children: count(o.keptWithFamilies.children),
      }),
    ]);
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: figures.length }} data-testid="programme-figures">
        {figures.map(([label, value]) => (
          <Card withBorder padding="sm" key={label}>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={700} size="xl">
              {value}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      {o.left.reasons.length > 0 && (
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            <FormattedMessage id="programmeActivity.whyLeft" />
          </Title>
          <List size="sm">
            {o.left.reasons.map((r) => (
              <List.Item key={r.reason}>
                {reason(r.reason)} — {count(r.count)}
              </List.Item>
            ))}
          </List>
        </Card>
      )}
      {o.attendance && o.attendance.groups.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table withTableBorder striped>
            <caption>{t('programmeActivity.attendanceByGroup')}</caption>
            <Table.Thead>
              <Table.Tr>
                {['group', 'present', 'absent', 'excused', 'rate'].map((c) => (
                  <Table.Th scope="col" key={c}>
                    {t(`programmeActivity.col.${c}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {o.attendance.groups.map((g) => (
                <Table.Tr key={g.groupId}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/groups/${g.groupId}`}>
                      {g.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{count(g.present)}</Table.Td>
                  <Table.Td>{count(g.absent)}</Table.Td>
                  <Table.Td>{count(g.excused)}</Table.Td>
                  <Table.Td>
                    {g.rate === null ? '—' : t('programmeActivity.percent', { value: format.number(g.rate) })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {o.names ? (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <People
            title={t(`programmeActivity.now.${o.kind}`)}
            lines={o.enrolledNow.people}
            total={o.enrolledNow.count}
          />
          <People title={t('programmeActivity.joined')} lines={o.joined.people} total={o.joined.count} date />
          <People
            title={t('programmeActivity.left')}
            lines={o.left.people}
            total={o.left.count}
            date
            why={reason}
          />
          {o.overdueReviews && (
            <People
              title={t('programmeActivity.overdue')}
              lines={o.overdueReviews.people}
              total={o.overdueReviews.count}
              date
            />
          )}
        </SimpleGrid>
      ) : (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="programmeActivity.figuresOnly" />
        </Text>
      )}
    </Stack>
  );
}

function People({
  title,
  lines,
  total,
  date,
  why,
}: {
  title: string;
  lines: OverviewLine[];
  total: number | null;
  date?: boolean;
  why?: (r: string | null) => string;
}) {
  const format = useFormat();
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Badge variant="light" color="gray.8">
          {countText(format, total)}
        </Badge>
      </Group>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          —
        </Text>
      ) : (
        <List size="sm" spacing={2} listStyleType="none" ml={0} pl={0}>
          {lines.map((l) => (
            <List.Item key={`${l.link.id}-${l.on}`}>
              <Anchor component={Link} to={LINKS[l.link.kind](l.link.id)}>
                {l.name}
              </Anchor>
              {l.group && (
                <Text span c="dimmed">
                  {' '}
                  · {l.group}
                </Text>
              )}
              {date && l.on && (
                <Text span c="dimmed">
                  {' '}
                  · {format.date(l.on)}
                </Text>
              )}
              {why && l.reason && <Text span> · {why(l.reason)}</Text>}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
