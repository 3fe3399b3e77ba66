import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  NativeSelect,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { ABSENCE_REASONS, type AttendanceStatus } from '../../../common/contracts/programmes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { QueryState } from '../../components/ui/QueryState';
import { isoToday } from '../../lib/dates';
import { useFormat, useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useCan } from '../../lib/session';
import { type Register, type RegisterResult, useRegister, useSaveRegister } from './api';
import { addDays, childName, useGroupOptions } from './shared';

interface Mark {
  status: AttendanceStatus;
  absenceReason: string;
}

const STATUS_COLOUR: Record<AttendanceStatus, string> = {
  present: 'teal.9',
  absent: 'red.9',
  excused: 'blue.8',
};

/**
 * The daily register of a group, made for a teacher's tablet: everyone is present until
 * tapped absent or excused (with a reason), and one save records the whole group.
 */
export function RegisterPage() {
  const intl = useIntl();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const today = isoToday();
  const date = params.get('date') ?? today;
  const query = useRegister(id, date);
  usePageTitle('groups.register.title', null, { group: query.data?.groupName ?? '' });
  const setDate = (next: string) => {
    const search = new URLSearchParams(params);
    if (next && next !== today) search.set('date', next);
    else search.delete('date');
    setParams(search, { replace: true });
  };

  return (
    <Stack>
      <QueryState query={query}>
        {(register) => (
          <>
            <Stack gap={4}>
              <Anchor component={Link} to={`/groups/${id}`} size="sm">
                <FormattedMessage id="groups.register.backToGroup" values={{ group: register.groupName }} />
              </Anchor>
              <Title order={1}>
                <FormattedMessage id="groups.register.title" values={{ group: register.groupName }} />
              </Title>
            </Stack>
            <Group align="end" gap="sm" wrap="wrap">
              <Button variant="default" size="md" onClick={() => setDate(addDays(date, -1))}>
                <FormattedMessage id="groups.register.previousDay" />
              </Button>
              <DateField
                size="md"
                label={intl.formatMessage({ id: 'groups.register.date' })}
                value={date}
                max={today}
                onChange={(e) => e.currentTarget.value && setDate(e.currentTarget.value)}
              />
              <Button
                variant="default"
                size="md"
                disabled={date >= today}
                onClick={() => setDate(addDays(date, 1))}
              >
                <FormattedMessage id="groups.register.nextDay" />
              </Button>
              {date !== today && (
                <Button variant="subtle" size="md" onClick={() => setDate(today)}>
                  <FormattedMessage id="groups.register.today" />
                </Button>
              )}
            </Group>
            <RegisterForm key={register.date} groupId={id} register={register} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function initialMarks(register: Register): Record<string, Mark> {
  return Object.fromEntries(
    register.rows.map((r) => [
      r.enrolmentId,
      { status: r.status ?? 'present', absenceReason: r.absenceReason ?? '' } satisfies Mark,
    ]),
  );
}

function RegisterForm({ groupId, register }: { groupId: string; register: Register }) {
  const intl = useIntl();
  const format = useFormat();
  const localized = useLocalized();
  const canWrite = useCan('attendance.write');
  const save = useSaveRegister(groupId);
  const [marks, setMarks] = useState(() => initialMarks(register));
  const [saved, setSaved] = useState<RegisterResult | null>(null);
  // A save brings the new versions: start again from what is stored.
  useEffect(() => setMarks(initialMarks(register)), [register]);

  const counts = useMemo(() => {
    const c = { present: 0, absent: 0, excused: 0 };
    for (const m of Object.values(marks)) c[m.status]++;
    return c;
  }, [marks]);
  const recorded = register.rows.some((r) => r.version !== null);
  const changed = register.rows.some((r) => {
    const m = marks[r.enrolmentId];
    return !r.status || m?.status !== r.status || (m?.absenceReason || null) !== r.absenceReason;
  });

  function set(enrolmentId: string, change: Partial<Mark>) {
    setSaved(null);
    setMarks((all) => {
      const current = all[enrolmentId] ?? { status: 'present', absenceReason: '' };
      const next = { ...current, ...change };
      if (next.status === 'present') next.absenceReason = '';
      return { ...all, [enrolmentId]: next };
    });
  }

  async function submit() {
    const result = await save
      .mutateAsync({
        date: register.date,
        rows: register.rows.map((r) => {
          const m = marks[r.enrolmentId] ?? { status: 'present', absenceReason: '' };
          return {
            enrolmentId: r.enrolmentId,
            status: m.status,
            absenceReason: m.status === 'present' ? null : ((m.absenceReason || null) as never),
            note: r.note,
            version: r.version,
          };
        }),
      })
      .catch(() => null);
    if (result) setSaved(result);
  }

  if (register.rows.length === 0) {
    return (
      <Text c="dimmed">
        <FormattedMessage id="groups.register.empty" />
      </Text>
    );
  }

  return (
    <Stack gap="sm">
      <Text c="dimmed">
        {localized(register.programmeName)} ·{' '}
        <FormattedMessage
          id={recorded ? 'groups.register.recorded' : 'groups.register.notRecorded'}
          values={{ date: format.date(register.date) }}
        />
      </Text>
      {register.rows.map((row) => (
        <RegisterRow
          key={row.enrolmentId}
          row={row}
          mark={marks[row.enrolmentId] ?? { status: 'present', absenceReason: '' }}
          threshold={register.absenceFollowUpDays}
          disabled={!canWrite}
          onChange={(change) => set(row.enrolmentId, change)}
        />
      ))}
      {canWrite && (
        <Paper
          withBorder
          shadow="sm"
          p="sm"
          pos="sticky"
          bottom={0}
          style={{ zIndex: 2 }}
          component="section"
          aria-label={intl.formatMessage({ id: 'groups.register.saveBar' })}
        >
          <Stack gap="xs">
            <ErrorAlert error={save.error} onReload={() => save.reset()} />
            {saved && (
              <Alert color="teal" role="status">
                <Stack gap={4}>
                  <Text size="sm" fw={600}>
                    <FormattedMessage id="groups.register.saved" values={counts} />
                  </Text>
                  {saved.followUps.map((f) => (
                    <Text size="sm" key={f.enrolmentId}>
                      {f.workerName ? (
                        <FormattedMessage
                          id="groups.register.followUpRaised"
                          values={{ child: f.childName, worker: f.workerName }}
                        />
                      ) : (
                        <FormattedMessage
                          id="groups.register.followUpNoWorker"
                          values={{ child: f.childName }}
                        />
                      )}
                    </Text>
                  ))}
                </Stack>
              </Alert>
            )}
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Text fw={600}>
                <FormattedMessage id="groups.register.counts" values={counts} />
              </Text>
              <Button size="lg" onClick={submit} loading={save.isPending} disabled={!changed && !save.error}>
                <FormattedMessage id={recorded ? 'groups.register.saveChanges' : 'groups.register.save'} />
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

function RegisterRow({
  row,
  mark,
  threshold,
  disabled,
  onChange,
}: {
  row: Register['rows'][number];
  mark: Mark;
  threshold: number;
  disabled: boolean;
  onChange(change: Partial<Mark>): void;
}) {
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
      style={{ borderLeft: `6px solid var(--mantine-color-${STATUS_COLOUR[mark.status].replace('.', '-')})` }}
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
          value={mark.status}
          onChange={(value) => onChange({ status: value as AttendanceStatus })}
          color={STATUS_COLOUR[mark.status]}
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
      {mark.status !== 'present' && (
        <NativeSelect
          mt="xs"
          size="md"
          maw={360}
          disabled={disabled}
          label={intl.formatMessage({ id: 'groups.register.reason' })}
          value={mark.absenceReason}
          onChange={(e) => onChange({ absenceReason: e.currentTarget.value })}
          data={options('absenceReason', ABSENCE_REASONS, 'groups.register.reasonNotGiven')}
        />
      )}
    </Paper>
  );
}
