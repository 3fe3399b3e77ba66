import { Anchor, Button, Group, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useCountryName, useIsOfficer, useMeetings } from './api';
import { MeetingForm } from './MeetingForm';

/** The working group's meetings, the latest first: when, where, how many decisions. */
export function MeetingsPage() {
  usePageTitle('workingGroup.meetings.title');
  const format = useFormat();
  const countryName = useCountryName();
  const query = useMeetings();
  const officer = useIsOfficer();
  const navigate = useNavigate();
  const [recording, setRecording] = useState(false);
  return (
    <Stack>
      <Title order={1}>
        <FormattedMessage id="workingGroup.meetings.title" />
      </Title>
      {officer &&
        (recording ? (
          <MeetingForm
            meeting={null}
            onDone={(id) => (id ? navigate(`/cooperation/meetings/${id}`) : setRecording(false))}
          />
        ) : (
          <Group>
            <Button onClick={() => setRecording(true)}>
              <FormattedMessage id="workingGroup.form.new" />
            </Button>
          </Group>
        ))}
      <QueryState query={query}>
        {(meetings) => (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <FormattedMessage id="workingGroup.meeting.when" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="workingGroup.meeting.title" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="workingGroup.meeting.where" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="workingGroup.meeting.decisions" />
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {meetings.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{format.dateTime(m.heldAt)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/cooperation/meetings/${m.id}`}>
                      {m.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {m.online ? (
                      <FormattedMessage id="workingGroup.meeting.online" />
                    ) : (
                      `${m.city}, ${countryName(m.cityCountry ?? '')}`
                    )}
                  </Table.Td>
                  <Table.Td>{format.number(m.decisions)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </Stack>
  );
}
