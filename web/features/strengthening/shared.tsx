import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { EnrolmentStatus, RiskLevel } from '../../../common/strengthening';

/** The label of a coded value of family strengthening: `strengthening.<group>.<value>`. */
export function useFsLabel() {
  const intl = useIntl();
  return (group: string, value: string | number | null | undefined) =>
    value === null || value === undefined || value === ''
      ? intl.formatMessage({ id: 'common.none' })
      : intl.formatMessage({ id: `strengthening.${group}.${value}` });
}

/** Options of a select for one enum of family strengthening, optionally with an empty first option. */
export function useFsOptions() {
  const label = useFsLabel();
  const intl = useIntl();
  return (group: string, values: readonly (string | number)[], empty?: 'any' | 'choose') => [
    ...(empty ? [{ value: '', label: intl.formatMessage({ id: `strengthening.${empty}` }) }] : []),
    ...values.map((v) => ({ value: String(v), label: label(group, v) })),
  ];
}

const RISK_COLOURS: Record<RiskLevel, string> = { high: 'red.9', medium: 'orange.9', low: 'teal.9' };

export function RiskBadge({ level }: { level: RiskLevel | null }) {
  const label = useFsLabel();
  if (!level) return <Text span>{label('risk', null)}</Text>;
  return (
    <Badge variant="light" color={RISK_COLOURS[level]} tt="none" style={{ minWidth: 'max-content' }}>
      {label('risk', level)}
    </Badge>
  );
}

const STATUS_COLOURS: Record<EnrolmentStatus, string> = {
  waiting: 'orange.9',
  enrolled: 'teal.9',
  exited: 'gray.7',
};

export function EnrolmentBadge({ status }: { status: EnrolmentStatus | null }) {
  const label = useFsLabel();
  return (
    <Badge
      variant="light"
      color={status ? STATUS_COLOURS[status] : 'blue.9'}
      tt="none"
      style={{ minWidth: 'max-content' }}
    >
      {label('enrolmentStatus', status ?? 'none')}
    </Badge>
  );
}

export function Section({
  title,
  actions,
  children,
  id,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  id?: string;
}) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="center" wrap="wrap">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Stack>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}
