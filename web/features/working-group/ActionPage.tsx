import { Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useSession } from '../../lib/session';
import { ActionStatusBadge } from './ActionStatusBadge';
import { useActionItem, useCountryName, useIsOfficer, useMyActions } from './api';
import { EditActionForm } from './EditActionForm';
import { ProgressForm } from './ProgressForm';

/** One action item: its decision, owner, due date, status and progress notes; the owner country reports. */
export function ActionPage() {
  const { id = '' } = useParams();
  const query = useActionItem(id);
  usePageTitle('workingGroup.actions.title', query.data?.title);
  const format = useFormat();
  const countryName = useCountryName();
  const { user } = useSession();
  const mine = useMyActions();
  const [reporting, setReporting] = useState(false);
  const isOfficer = useIsOfficer();
  const [editing, setEditing] = useState(false);
  return (
    <QueryState query={query}>
      {(a) => {
        // The server decides; this only hides a button that would be refused.
        const mayReport =
          user?.permissions.includes('cooperation.write') &&
          (user.role === 'admin' || mine.data?.country === a.ownerCountry);
        return (
          <Stack>
            <Group justify="space-between">
              <Title order={1}>{a.title}</Title>
              {isOfficer && !editing && (
                <Button variant="default" onClick={() => setEditing(true)}>
                  <FormattedMessage id="workingGroup.action.edit" />
                </Button>
              )}
            </Group>
            {editing && (
              // Keyed by version: after a reload (409) the form starts again from what is now recorded.
              <EditActionForm key={a.version} item={a} onDone={() => setEditing(false)} />
            )}
            <Group gap="xs">
              <ActionStatusBadge item={a} />
              <Text>
                <FormattedMessage id="workingGroup.action.due" values={{ date: format.date(a.dueOn) }} />
              </Text>
            </Group>
            <Text>
              <FormattedMessage id="workingGroup.action.owner" />: {countryName(a.ownerCountry)}
              {a.ownerDelegateName ? ` — ${a.ownerDelegateName}` : ''}
            </Text>
            <Text>
              <FormattedMessage id="workingGroup.action.fromDecision" values={{ number: a.decisionNumber }} />{' '}
              <Anchor component={Link} to={`/cooperation/meetings/${a.meetingId}`}>
                {a.meetingTitle}
              </Anchor>
            </Text>
            {a.commitment && (
              <Text>
                <FormattedMessage id="workingGroup.action.commitment" />:{' '}
                <FormattedMessage id={`workingGroup.commitment.${a.commitment}`} />
              </Text>
            )}
            <Card withBorder component="section" aria-labelledby="notes-title">
              <Title order={2} size="h3" id="notes-title" mb="xs">
                <FormattedMessage id="workingGroup.progress.notes" />
              </Title>
              {a.notes.length === 0 ? (
                <Text c="dimmed">
                  <FormattedMessage id="workingGroup.progress.none" />
                </Text>
              ) : (
                <List spacing="xs" listStyleType="none" ml={0} pl={0}>
                  {a.notes.map((n, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: notes are appended, never reordered
                    <List.Item key={i}>
                      <Text size="sm" c="dimmed">
                        {format.dateTime(n.writtenAt)} — {n.author}
                        {n.status && (
                          <>
                            {' — '}
                            <FormattedMessage id={`workingGroup.action.status.${n.status}`} />
                          </>
                        )}
                      </Text>
                      <Text style={{ whiteSpace: 'pre-wrap' }}>{n.note}</Text>
                    </List.Item>
                  ))}
                </List>
              )}
            </Card>
            {mayReport &&
              (reporting ? (
                <ProgressForm item={a} onDone={() => setReporting(false)} />
              ) : (
                <Group>
                  <Button onClick={() => setReporting(true)}>
                    <FormattedMessage id="workingGroup.progress.title" />
                  </Button>
                </Group>
              ))}
          </Stack>
        );
      }}
    </QueryState>
  );
}
