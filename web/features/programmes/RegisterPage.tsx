import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { z } from 'zod';
import {
  type ABSENCE_REASONS,
  ATTENDANCE_STATUSES,
  type AttendanceStatus,
  registerBodySchema,
} from '../../../common/contracts/programmes';
import { isIsoDate } from '../../../common/i18n/date-input';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { QueryState } from '../../components/ui/QueryState';
import { isoToday } from '../../lib/dates';
import { useSchemaForm } from '../../lib/form';
import { useFormat, useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useCan } from '../../lib/session';
import { type Register, type RegisterResult, useRegister, useSaveRegister } from './api';
import { RegisterRow } from './RegisterRow';
import { addDays } from './shared';

interface Mark {
  status: AttendanceStatus;
  absenceReason: string;
}

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
                onChange={(day) => isIsoDate(day) && setDate(day)}
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

/**
 * The register as the form holds it — a mark per child, the reason '' until chosen — sent as
 * the contract's body: a child marked present has no absence reason, whatever was picked before.
 */
const registerFormSchema = z
  .object({
    date: z.string(),
    rows: z.array(
      z.object({
        enrolmentId: z.string(),
        status: z.enum(ATTENDANCE_STATUSES),
        absenceReason: z.string(),
        note: z.string(),
        version: z.number().nullable(),
      }),
    ),
  })
  .transform(
    ({ date, rows }): z.input<typeof registerBodySchema> => ({
      date,
      rows: rows.map((r) => ({
        ...r,
        absenceReason: reasonOf(r) as (typeof ABSENCE_REASONS)[number] | null,
      })),
    }),
  )
  .pipe(registerBodySchema);

/** The reason that counts: none for a child present. */
const reasonOf = (mark: Mark) => (mark.status === 'present' ? null : mark.absenceReason || null);

/** Everyone present unless recorded otherwise. */
function marksOf(register: Register): z.input<typeof registerFormSchema> {
  return {
    date: register.date,
    rows: register.rows.map((r) => ({
      enrolmentId: r.enrolmentId,
      status: r.status ?? 'present',
      absenceReason: r.absenceReason ?? '',
      note: r.note,
      version: r.version,
    })),
  };
}

function RegisterForm({ groupId, register }: { groupId: string; register: Register }) {
  const intl = useIntl();
  const format = useFormat();
  const localized = useLocalized();
  const canWrite = useCan('attendance.write');
  const save = useSaveRegister(groupId);
  const [saved, setSaved] = useState<RegisterResult | null>(null);
  const form = useSchemaForm(registerFormSchema, {
    initialValues: marksOf(register),
    // Only a child's reason can be refused (a mark is always one of the three).
    labels: () => intl.formatMessage({ id: 'groups.register.reason' }),
  });
  // A save brings the new versions: start again from what is stored.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a newly read register resets the marks
  useEffect(() => form.setValues(marksOf(register)), [register]);
  const marks = form.getValues().rows;

  const counts = { present: 0, absent: 0, excused: 0 };
  for (const m of marks) counts[m.status]++;
  const recorded = register.rows.some((r) => r.version !== null);
  const changed = register.rows.some((r, i) => {
    const m = marks[i];
    return !r.status || !m || m.status !== r.status || reasonOf(m) !== r.absenceReason;
  });

  /** Binds a child's mark; any change hides the last save's summary. */
  const bind = (i: number, field: 'status' | 'absenceReason') => {
    const props = form.getInputProps(`rows.${i}.${field}`);
    return {
      value: String(props.value),
      error: props.error as string | undefined,
      onChange(value: unknown) {
        setSaved(null);
        props.onChange(value);
      },
    };
  };

  const submit = form.submitWith(async (body) => setSaved(await save.mutateAsync(body)));

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
      {register.rows.map((row, i) => (
        <RegisterRow
          key={row.enrolmentId}
          row={row}
          status={bind(i, 'status')}
          reason={bind(i, 'absenceReason')}
          threshold={register.absenceFollowUpDays}
          disabled={!canWrite}
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
              <Button
                size="lg"
                onClick={() => submit()}
                loading={save.isPending}
                disabled={!changed && !save.error}
              >
                <FormattedMessage id={recorded ? 'groups.register.saveChanges' : 'groups.register.save'} />
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
