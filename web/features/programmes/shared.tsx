import { Badge } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { EnrolmentStatus } from '../../../common/contracts/programmes';

/** The label of a coded value of this area: `groups.<group>.<value>`. */
export function useGroupLabel() {
  const intl = useIntl();
  return (group: string, value: string | null | undefined) =>
    value
      ? intl.formatMessage({ id: `groups.${group}.${value}` })
      : intl.formatMessage({ id: 'common.none' });
}

/** Options of a select of coded values, optionally with an empty first option. */
export function useGroupOptions() {
  const label = useGroupLabel();
  const intl = useIntl();
  return (group: string, values: readonly string[], empty?: string) => [
    ...(empty ? [{ value: '', label: intl.formatMessage({ id: empty }) }] : []),
    ...values.map((v) => ({ value: v, label: label(group, v) })),
  ];
}

export function childName(c: { givenName: string; familyName: string }) {
  return `${c.familyName} ${c.givenName}`;
}

const STATUS_COLOUR: Record<EnrolmentStatus, string> = {
  enrolled: 'teal.8',
  waiting: 'yellow.9',
  exited: 'gray.7',
};

export function EnrolmentStatusBadge({ status }: { status: EnrolmentStatus }) {
  const label = useGroupLabel();
  return (
    <Badge color={STATUS_COLOUR[status]} variant="light" tt="none">
      {label('status', status)}
    </Badge>
  );
}

export { addDays } from '../../lib/dates';
