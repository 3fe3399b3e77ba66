import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat, useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useCan } from '../../lib/session';
import { type EnrolmentView, type GroupDetail, useGroup } from './api';
import { EnrolForm } from './EnrolForm';
import { ExitForm, useExitTitle } from './ExitForm';
import { GroupForm } from './GroupForm';
import { childName, useGroupLabel } from './shared';

const TABS = ['enrolled', 'waiting', 'exited', 'sessions'] as const;
type Tab = (typeof TABS)[number];

/** A group or course: its children (enrolled, waiting in order, left), enrolment and exit, its sessions. */
export function GroupPage() {
  const { id = '' } = useParams();
  const query = useGroup(id);
  usePageTitle('groups.nav', query.data?.name);
  return <QueryState query={query}>{(group) => <GroupView group={group} />}</QueryState>;
}

function GroupView({ group }: { group: GroupDetail }) {
  const intl = useIntl();
  const format = useFormat();
  const localized = useLocalized();
  const canManage = useCan('programmes.manage');
  const canRegister = useCan('attendance.write');
  const [params, setParams] = useSearchParams();
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'enrolled';
  const [editing, setEditing] = useState(false);
  const [enrolling, setEnrolling] = useState(false);
  const [exiting, setExiting] = useState<EnrolmentView | null>(null);
  const exitTitle = useExitTitle();
  const none = intl.formatMessage({ id: 'common.none' });

  const enrolled = group.enrolments.filter((e) => e.status === 'enrolled');
  const waiting = group.enrolments
    .filter((e) => e.status === 'waiting')
    .sort((a, b) => (a.waitingPosition ?? 0) - (b.waitingPosition ?? 0));
  const exited = group.enrolments
    .filter((e) => e.status === 'exited')
    .sort((a, b) => (b.exitedOn ?? '').localeCompare(a.exitedOn ?? ''));
  const counts: Record<Tab, number> = {
    enrolled: enrolled.length,
    waiting: waiting.length,
    exited: exited.length,
    sessions: group.recentSessions.length,
  };

  const facts: [string, ReactNode][] = [
    [
      'groups.field.capacity',
      intl.formatMessage(
        { id: 'groups.places' },
        { enrolled: format.number(group.enrolled), capacity: format.number(group.capacity) },
      ),
    ],
    ['groups.field.teacher', group.teacherName ?? none],
    ['groups.field.startsOn', group.startsOn ? format.date(group.startsOn) : none],
    ['groups.field.endsOn', group.endsOn ? format.date(group.endsOn) : none],
    ['groups.field.absenceFollowUpDays', format.number(group.absenceFollowUpDays)],
    ['groups.field.status', intl.formatMessage({ id: `groups.groupStatus.${group.status}` })],
  ];

  return (
    <Stack>
      <Stack gap={4}>
        <Anchor component={Link} to={`/groups?programme=${group.programmeId}`} size="sm">
          <FormattedMessage id="groups.backToGroups" />
        </Anchor>
        <Group justify="space-between" align="end" wrap="wrap">
          <div>
            <Title order={1}>{group.name}</Title>
            <Text c="dimmed">{localized(group.programmeName)}</Text>
          </div>
          <Group gap="sm">
            {canRegister && group.status === 'active' && (
              <Button size="md" component={Link} to={`/groups/${group.id}/register`}>
                <FormattedMessage id="groups.todaysRegister" />
              </Button>
            )}
            {canManage && !editing && (
              <Button size="md" variant="default" onClick={() => setEditing(true)}>
                <FormattedMessage id="groups.edit" />
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
      {editing && <GroupForm group={group} onDone={() => setEditing(false)} />}
      <Card withBorder component="section" aria-label={intl.formatMessage({ id: 'groups.facts' })}>
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
          {facts.map(([label, value]) => (
            <div key={label}>
              <Text size="sm" c="dimmed">
                {intl.formatMessage({ id: label })}
              </Text>
              <Text fw={600}>{value}</Text>
            </div>
          ))}
        </SimpleGrid>
      </Card>
      {canManage && group.status === 'active' && !enrolling && (
        <Group>
          <Button variant="light" onClick={() => setEnrolling(true)}>
            <FormattedMessage id="groups.enrol.open" />
          </Button>
        </Group>
      )}
      {enrolling && <EnrolForm group={group} onDone={() => setEnrolling(false)} />}
      <Modal
        opened={exiting !== null}
        onClose={() => setExiting(null)}
        title={exiting ? exitTitle(exiting) : ''}
        size="lg"
      >
        {exiting && <ExitForm enrolment={exiting} onDone={() => setExiting(null)} />}
      </Modal>
      <Tabs
        value={tab}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          if (value && value !== 'enrolled') next.set('tab', value);
          else next.delete('tab');
          setParams(next, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List>
          {TABS.map((t) => (
            <Tabs.Tab key={t} value={t}>
              <FormattedMessage id={`groups.tab.${t}`} values={{ count: counts[t] }} />
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="enrolled" pt="sm">
          <EnrolmentTable
            items={enrolled}
            kind="enrolled"
            onExit={canManage ? setExiting : undefined}
            empty="groups.emptyEnrolled"
          />
        </Tabs.Panel>
        <Tabs.Panel value="waiting" pt="sm">
          <EnrolmentTable
            items={waiting}
            kind="waiting"
            onExit={canManage ? setExiting : undefined}
            empty="groups.emptyWaiting"
          />
        </Tabs.Panel>
        <Tabs.Panel value="exited" pt="sm">
          <EnrolmentTable items={exited} kind="exited" empty="groups.emptyExited" />
        </Tabs.Panel>
        <Tabs.Panel value="sessions" pt="sm">
          <SessionTable group={group} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function EnrolmentTable({
  items,
  kind,
  onExit,
  empty,
}: {
  items: EnrolmentView[];
  kind: 'enrolled' | 'waiting' | 'exited';
  onExit?(e: EnrolmentView): void;
  empty: string;
}) {
  const intl = useIntl();
  const format = useFormat();
  const label = useGroupLabel();
  const none = intl.formatMessage({ id: 'common.none' });
  if (items.length === 0) {
    return (
      <Text c="dimmed">
        <FormattedMessage id={empty} />
      </Text>
    );
  }
  const columns = {
    enrolled: ['groups.col.child', 'groups.col.birthDate', 'groups.col.enrolledOn', 'groups.col.worker'],
    waiting: ['groups.col.position', 'groups.col.child', 'groups.col.birthDate', 'groups.col.appliedOn'],
    exited: ['groups.col.child', 'groups.col.exitedOn', 'groups.col.outcome', 'groups.col.reason'],
  }[kind];
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover withTableBorder verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th scope="col" key={c}>
                {intl.formatMessage({ id: c })}
              </Table.Th>
            ))}
            {onExit && (
              <Table.Th scope="col">
                <FormattedMessage id="groups.col.actions" />
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => {
            const name = (
              <Group gap={6} wrap="nowrap">
                <Anchor component={Link} to={`/enrolments/${e.id}`}>
                  {childName(e.child)}
                </Anchor>
                {e.openFollowUp && (
                  <Badge color="red.8" variant="light" tt="none">
                    <FormattedMessage id="groups.register.followUpOpen" />
                  </Badge>
                )}
              </Group>
            );
            const born = e.child.birthDate ? format.date(e.child.birthDate) : none;
            const cells = {
              enrolled: [name, born, e.enrolledOn ? format.date(e.enrolledOn) : none, e.workerName ?? none],
              waiting: [format.number(e.waitingPosition ?? 0), name, born, format.date(e.appliedOn)],
              exited: [
                name,
                e.exitedOn ? format.date(e.exitedOn) : none,
                e.outcome
                  ? label('outcome', e.outcome)
                  : intl.formatMessage({ id: 'groups.leftWaitingList' }),
                e.exitReason ? label('exitReason', e.exitReason) : none,
              ],
            }[kind];
            return (
              <Table.Tr key={e.id}>
                {cells.map((c, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                  <Table.Td key={i}>{c}</Table.Td>
                ))}
                {onExit && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => onExit(e)}
                      aria-label={intl.formatMessage(
                        { id: kind === 'waiting' ? 'groups.exit.removeOf' : 'groups.exit.openOf' },
                        { child: childName(e.child) },
                      )}
                    >
                      <FormattedMessage id={kind === 'waiting' ? 'groups.exit.remove' : 'groups.exit.open'} />
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function SessionTable({ group }: { group: GroupDetail }) {
  const intl = useIntl();
  const format = useFormat();
  if (group.recentSessions.length === 0) {
    return (
      <Text c="dimmed">
        <FormattedMessage id="groups.emptySessions" />
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {[
              'groups.col.date',
              'groups.attendance.present',
              'groups.attendance.absent',
              'groups.attendance.excused',
            ].map((c) => (
              <Table.Th scope="col" key={c}>
                {intl.formatMessage({ id: c })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {group.recentSessions.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Anchor component={Link} to={`/groups/${group.id}/register?date=${s.heldOn}`}>
                  {format.date(s.heldOn)}
                </Anchor>
              </Table.Td>
              <Table.Td>{format.number(s.present)}</Table.Td>
              <Table.Td>{format.number(s.absent)}</Table.Td>
              <Table.Td>{format.number(s.excused)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
