import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat, useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useCan } from '../../lib/session';
import { useCompleteTask } from '../../lib/tasks';
import { type EnrolmentDetail, useChangeEnrolment, useEnrolment, useGroupStaff } from './api';
import { childName, EnrolmentStatusBadge, useGroupLabel } from './shared';

/** One child in a group: their place, their worker, their attendance and absence follow-ups. */
export function EnrolmentPage() {
  const { id = '' } = useParams();
  const query = useEnrolment(id);
  usePageTitle('groups.nav', query.data ? childName(query.data.child) : null);
  return <QueryState query={query}>{(e) => <EnrolmentView e={e} />}</QueryState>;
}

function EnrolmentView({ e }: { e: EnrolmentDetail }) {
  const intl = useIntl();
  const format = useFormat();
  const localized = useLocalized();
  const label = useGroupLabel();
  const none = intl.formatMessage({ id: 'common.none' });
  const recorded = e.attendance.length;
  const present = e.attendance.filter((a) => a.status === 'present').length;
  const facts: [string, ReactNode][] = [
    ['groups.col.birthDate', e.child.birthDate ? format.date(e.child.birthDate) : none],
    ['groups.col.appliedOn', format.date(e.appliedOn)],
    ['groups.col.enrolledOn', e.enrolledOn ? format.date(e.enrolledOn) : none],
    ['groups.col.exitedOn', e.exitedOn ? format.date(e.exitedOn) : none],
    ['groups.col.outcome', e.outcome ? label('outcome', e.outcome) : none],
    ['groups.col.reason', e.exitReason ? label('exitReason', e.exitReason) : none],
    [
      'groups.enrolment.attendanceRate',
      recorded
        ? intl.formatMessage(
            { id: 'groups.enrolment.rate' },
            {
              percent: format.number(Math.round((present / recorded) * 100)),
              sessions: format.number(recorded),
            },
          )
        : none,
    ],
  ];
  return (
    <Stack>
      <Stack gap={4}>
        <Anchor component={Link} to={`/groups/${e.group.id}`} size="sm">
          <FormattedMessage id="groups.register.backToGroup" values={{ group: e.group.name }} />
        </Anchor>
        <Group gap="sm" align="center">
          <Title order={1}>{childName(e.child)}</Title>
          <EnrolmentStatusBadge status={e.status} />
          {e.waitingPosition && (
            <Badge color="yellow.9" variant="outline" tt="none">
              <FormattedMessage id="groups.enrolment.position" values={{ position: e.waitingPosition }} />
            </Badge>
          )}
        </Group>
        <Text c="dimmed">
          {e.group.name} · {localized(e.group.programmeName)}
        </Text>
      </Stack>
      <Card withBorder component="section" aria-label={intl.formatMessage({ id: 'groups.facts' })}>
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
          {facts.map(([key, value]) => (
            <div key={key}>
              <Text size="sm" c="dimmed">
                {intl.formatMessage({ id: key })}
              </Text>
              <Text fw={600}>{value}</Text>
            </div>
          ))}
        </SimpleGrid>
        {e.exitNote && (
          <Text mt="sm" size="sm">
            {e.exitNote}
          </Text>
        )}
      </Card>
      <WorkerCard e={e} />
      <FollowUps e={e} />
      <Card withBorder component="section" aria-labelledby="attendance-title">
        <Title order={2} size="h3" id="attendance-title" mb="sm">
          <FormattedMessage id="groups.enrolment.attendance" />
        </Title>
        {e.attendance.length === 0 ? (
          <Text c="dimmed">
            <FormattedMessage id="groups.enrolment.noAttendance" />
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={420}>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  {['groups.col.date', 'groups.col.attendance', 'groups.register.reason'].map((c) => (
                    <Table.Th scope="col" key={c}>
                      {intl.formatMessage({ id: c })}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {e.attendance.map((a) => (
                  <Table.Tr key={a.heldOn}>
                    <Table.Td>{format.date(a.heldOn)}</Table.Td>
                    <Table.Td>
                      <Text
                        span
                        size="sm"
                        fw={a.status === 'present' ? undefined : 600}
                        c={a.status === 'absent' ? 'red' : undefined}
                      >
                        {intl.formatMessage({ id: `groups.attendance.${a.status}` })}
                      </Text>
                    </Table.Td>
                    <Table.Td>{a.absenceReason ? label('absenceReason', a.absenceReason) : none}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
    </Stack>
  );
}

function WorkerCard({ e }: { e: EnrolmentDetail }) {
  const intl = useIntl();
  const canManage = useCan('programmes.manage');
  const staff = useGroupStaff(e.group.programmeId, canManage);
  const change = useChangeEnrolment(e.id);
  const [workerId, setWorkerId] = useState(e.workerId ?? '');
  return (
    <Card withBorder component="section" aria-labelledby="worker-title">
      <Title order={2} size="h3" id="worker-title" mb="xs">
        <FormattedMessage id="groups.enrol.worker" />
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        <FormattedMessage id="groups.enrol.workerHint" />
      </Text>
      {canManage && e.status !== 'exited' ? (
        <Stack gap="xs">
          <ErrorAlert error={change.error} onReload={() => change.reset()} />
          <Group align="end" gap="sm">
            <NativeSelect
              label={intl.formatMessage({ id: 'groups.enrol.worker' })}
              value={workerId}
              onChange={(ev) => setWorkerId(ev.currentTarget.value)}
              data={[
                { value: '', label: intl.formatMessage({ id: 'groups.enrol.noWorker' }) },
                ...(staff.data?.workers ?? []).map((w) => ({ value: w.id, label: w.displayName })),
                ...(e.workerId && !staff.data?.workers.some((w) => w.id === e.workerId)
                  ? [{ value: e.workerId, label: e.workerName ?? '' }]
                  : []),
              ]}
            />
            <Button
              variant="light"
              loading={change.isPending}
              disabled={(workerId || null) === e.workerId}
              onClick={() =>
                change.mutateAsync({ version: e.version, workerId: workerId || null }).catch(() => {})
              }
            >
              <FormattedMessage id="groups.saveWorker" />
            </Button>
          </Group>
        </Stack>
      ) : (
        <Text fw={600}>{e.workerName ?? intl.formatMessage({ id: 'groups.enrol.noWorker' })}</Text>
      )}
    </Card>
  );
}

function FollowUps({ e }: { e: EnrolmentDetail }) {
  const intl = useIntl();
  const format = useFormat();
  const canManage = useCan('programmes.manage');
  const complete = useCompleteTask();
  if (e.tasks.length === 0) return null;
  return (
    <Card withBorder component="section" aria-labelledby="follow-ups-title">
      <Title order={2} size="h3" id="follow-ups-title" mb="sm">
        <FormattedMessage id="groups.enrolment.followUps" />
      </Title>
      <ErrorAlert error={complete.error} onReload={() => complete.reset()} />
      <Stack gap="xs">
        {e.tasks.map((t) => (
          <Group key={t.id} gap="sm" wrap="wrap">
            <Badge
              color={t.status === 'open' ? 'red.8' : 'gray.7'}
              variant={t.status === 'open' ? 'filled' : 'light'}
              tt="none"
            >
              {intl.formatMessage({ id: `groups.taskStatus.${t.status}` })}
            </Badge>
            <Text>
              {intl.formatMessage({
                id: intl.messages[`groups.task.${t.title}`] ? `groups.task.${t.title}` : 'groups.task.other',
              })}
            </Text>
            <Text size="sm" c="dimmed">
              <FormattedMessage
                id="groups.enrolment.taskFor"
                values={{
                  date: format.date(t.dueOn),
                  worker: t.assignedToName ?? intl.formatMessage({ id: 'groups.enrol.noWorker' }),
                }}
              />
            </Text>
            {canManage && t.status === 'open' && (
              <Button
                size="xs"
                variant="light"
                loading={complete.isPending}
                onClick={() => complete.mutate(t.id)}
              >
                <FormattedMessage id="groups.task.markDone" />
              </Button>
            )}
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
