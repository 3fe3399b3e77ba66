import { Badge, Box, Group, NativeSelect, Paper, SegmentedControl, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ABSENCE_REASONS, type AttendanceStatus } from '../../../common/contracts/programmes';
import type { Register } from './api';
import { childName, useGroupOptions } from './shared';

const STATUS_COLOUR: Record<AttendanceStatus, string> = {
  present: 'teal.9',
  absent: 'red.9',
  excused: 'blue.8',
};

/** A field of the register form: its value, what changes it, the message on it. */
export type Binding = { value: string; onChange(value: unknown): void; error?: string };

/** A child's line of the register: who, the warnings, the mark and, if away, why. */
export function RegisterRow({
  row,
  status,
  reason,
  threshold,
  disabled,
}: {
  row: Register['rows'][number];
  status: Binding;
  reason: Binding;
  threshold: number;
  disabled: boolean;
}) {
  const current = status.value as AttendanceStatus;
  const intl = useIntl();
  const options = useGroupOptions();
  const name = childName(row.child);
  const labelId = `child-${row.enrolmentId}`;
  return (
    <Paper
      withBorder
      p="sm"
      role="group"
      aria-labelledby={labelId}
      style={{ borderLeft: `6px solid var(--mantine-color-${STATUS_COLOUR[current].replace('.', '-')})` }}
    >
      <Group justify="space-between" wrap="wrap" gap="sm" align="center">
        <Box style={{ flex: '1 1 160px' }}>
          <Text fw={600} size="lg" id={labelId}>
            {name}
          </Text>
          <Group gap={6} mt={2}>
            {row.absentBefore > 0 && (
              <Badge
                color={row.absentBefore + 1 >= threshold ? 'red.8' : 'orange.8'}
                variant="light"
                tt="none"
              >
                <FormattedMessage id="groups.register.absentBefore" values={{ count: row.absentBefore }} />
              </Badge>
            )}
            {row.openFollowUp && (
              <Badge color="grape.8" variant="light" tt="none">
                <FormattedMessage id="groups.register.followUpOpen" />
              </Badge>
            )}
          </Group>
        </Box>
        <SegmentedControl
          size="lg"
          radius="md"
          name={`status-${row.enrolmentId}`}
          disabled={disabled}
          value={status.value}
          onChange={status.onChange}
          color={STATUS_COLOUR[current]}
          aria-label={intl.formatMessage({ id: 'groups.register.statusOf' }, { child: name })}
          data={(['present', 'absent', 'excused'] as const).map((s) => ({
            value: s,
            label: intl.formatMessage({ id: `groups.attendance.${s}` }),
          }))}
          styles={{
            label: { minHeight: 44, display: 'flex', alignItems: 'center', justifyContent: 'center' },
          }}
        />
      </Group>
      {current !== 'present' && (
        <NativeSelect
          mt="xs"
          size="md"
          maw={360}
          disabled={disabled}
          label={intl.formatMessage({ id: 'groups.register.reason' })}
          value={reason.value}
          onChange={reason.onChange}
          error={reason.error}
          data={options('absenceReason', ABSENCE_REASONS, 'groups.register.reasonNotGiven')}
        />
      )}
    </Paper>
  );
}
