import { Button, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useParams } from 'react-router';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useCountryName, useIsOfficer, useMeeting } from './api';
import { GiveActionForm } from './GiveActionForm';
import { MeetingForm } from './MeetingForm';

/** One meeting: when and where, the agenda, who attended, the minutes and the numbered decisions. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const query = useMeeting(id);
  usePageTitle('workingGroup.meetings.title', query.data?.title);
  const format = useFormat();
  const countryName = useCountryName();
  const officer = useIsOfficer();
  const [editing, setEditing] = useState(false);
  const [giving, setGiving] = useState<string | null>(null);
  return (
    <QueryState query={query}>
      {(m) => (
        <Stack>
          <Title order={1}>{m.title}</Title>
          {officer &&
            (editing ? (
              <MeetingForm key={m.version} meeting={m} onDone={() => setEditing(false)} />
            ) : (
              <Group>
                <Button variant="light" onClick={() => setEditing(true)}>
                  <FormattedMessage id="workingGroup.form.change" />
                </Button>
              </Group>
            ))}
          <Text>
            {format.dateTime(m.heldAt)} —{' '}
            {m.online ? (
              <FormattedMessage id="workingGroup.meeting.online" />
            ) : (
              `${m.city}, ${countryName(m.cityCountry ?? '')}`
            )}
          </Text>
          <Card withBorder component="section" aria-labelledby="agenda-title">
            <Title order={2} size="h3" id="agenda-title" mb="xs">
              <FormattedMessage id="workingGroup.meeting.agenda" />
            </Title>
            <List type="ordered" spacing="xs">
              {m.agenda.map((a, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the agenda's order is its identity
                <List.Item key={i}>
                  {a.title}
                  {a.notes && (
                    <Text size="sm" c="dimmed">
                      {a.notes}
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          </Card>
          <Card withBorder component="section" aria-labelledby="attendance-title">
            <Title order={2} size="h3" id="attendance-title" mb="xs">
              <FormattedMessage id="workingGroup.meeting.attendance" />
            </Title>
            <Table>
              <Table.Tbody>
                {m.attendance.map((a) => (
                  <Table.Tr key={a.delegateId}>
                    <Table.Td>{a.fullName}</Table.Td>
                    <Table.Td>{countryName(a.country)}</Table.Td>
                    <Table.Td>
                      <FormattedMessage id={`workingGroup.attendance.${a.status}`} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
          <Card withBorder component="section" aria-labelledby="minutes-title">
            <Title order={2} size="h3" id="minutes-title" mb="xs">
              <FormattedMessage id="workingGroup.meeting.minutes" />
            </Title>
            <Text lang={m.language} style={{ whiteSpace: 'pre-wrap' }}>
              {m.minutes}
            </Text>
          </Card>
          <Card withBorder component="section" aria-labelledby="decisions-title">
            <Title order={2} size="h3" id="decisions-title" mb="xs">
              <FormattedMessage id="workingGroup.meeting.decisions" />
            </Title>
            <List type="ordered" spacing="xs" lang={m.language}>
              {m.decisions.map((d) => (
                <List.Item key={d.id}>
                  {d.text}
                  {officer && giving !== d.id && (
                    <Group mt={4}>
                      <Button size="xs" variant="light" onClick={() => setGiving(d.id)}>
                        <FormattedMessage id="workingGroup.giveAction.button" />
                      </Button>
                    </Group>
                  )}
                  {giving === d.id && (
                    <GiveActionForm meetingId={m.id} decision={d} onDone={() => setGiving(null)} />
                  )}
                </List.Item>
              ))}
            </List>
          </Card>
        </Stack>
      )}
    </QueryState>
  );
}
