import { Anchor, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useSession } from '../../lib/session';
import { ActionStatusBadge } from './ActionStatusBadge';
import { useCountryName, useMyActions } from './api';

/**
 * The start page of a working-group member (a delegate): their country's action items still to
 * do, the overdue first and marked, and the group's next meeting. Nothing of the organisation's
 * own records (the role may not see them).
 */
export function WorkingGroupStartPage() {
  usePageTitle('nav.home');
  const { user } = useSession();
  const format = useFormat();
  const countryName = useCountryName();
  const query = useMyActions();
  return (
    <Stack>
      <Title order={1}>
        <FormattedMessage id="home.welcome" values={{ name: user?.displayName }} />
      </Title>
      <QueryState query={query}>
        {(mine) => (
          <>
            <Card withBorder component="section" aria-labelledby="my-actions-title">
              <Title order={2} size="h3" id="my-actions-title" mb="xs">
                {mine.country ? (
                  <FormattedMessage
                    id="workingGroup.myActions.title"
                    values={{ country: countryName(mine.country) }}
                  />
                ) : (
                  <FormattedMessage id="workingGroup.myActions.titleNoCountry" />
                )}
              </Title>
              {mine.items.length === 0 ? (
                <Text c="dimmed">
                  <FormattedMessage id="workingGroup.myActions.none" />
                </Text>
              ) : (
                <List spacing="xs" listStyleType="none" ml={0} pl={0}>
                  {mine.items.map((a) => (
                    <List.Item key={a.id} data-testid="my-action">
                      <Group gap="xs" wrap="wrap">
                        <ActionStatusBadge item={a} />
                        <Anchor component={Link} to={`/cooperation/actions/${a.id}`}>
                          {a.title}
                        </Anchor>
                        <Text size="sm" c={a.overdue ? 'red.8' : 'dimmed'}>
                          <FormattedMessage
                            id="workingGroup.action.due"
                            values={{ date: format.date(a.dueOn) }}
                          />
                        </Text>
                      </Group>
                    </List.Item>
                  ))}
                </List>
              )}
            </Card>
            <Card withBorder component="section" aria-labelledby="next-meeting-title">
              <Title order={2} size="h3" id="next-meeting-title" mb="xs">
                <FormattedMessage id="workingGroup.nextMeeting" />
              </Title>
              {mine.nextMeeting ? (
                <Text>
                  <Anchor component={Link} to={`/cooperation/meetings/${mine.nextMeeting.id}`}>
                    {mine.nextMeeting.title}
                  </Anchor>{' '}
                  — {format.dateTime(mine.nextMeeting.heldAt)}
                </Text>
              ) : (
                <Text c="dimmed">
                  <FormattedMessage id="workingGroup.nextMeeting.none" />
                </Text>
              )}
            </Card>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
