import { Alert, Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { ApiError } from '../../lib/api';
import { usePageTitle } from '../../lib/page-title';
import { useWorkingGroup } from './api';

/**
 * The areas of the countries' cooperation space. Each area adds its line here: the path of its
 * page and the message ids of its name and of one sentence saying what it holds.
 */
export const COOPERATION_AREAS: { to: string; title: string; summary: string }[] = [
  { to: '/cooperation/working-group', title: 'workingGroup.title', summary: 'workingGroup.area.summary' },
  {
    to: '/cooperation/meetings',
    title: 'workingGroup.meetings.title',
    summary: 'workingGroup.meetings.summary',
  },
  {
    to: '/cooperation/actions',
    title: 'workingGroup.actions.title',
    summary: 'workingGroup.actions.summary',
  },
  {
    to: '/cooperation/commitments',
    title: 'workingGroup.commitments.title',
    summary: 'workingGroup.commitments.summary',
  },
];

export function CooperationHomePage() {
  usePageTitle('cooperation.title');
  // The space lives only on the hub: elsewhere its routes answer 404, said here in words.
  const group = useWorkingGroup();
  const notHub = group.error instanceof ApiError && group.error.status === 404;
  return (
    <Stack>
      <Title order={1}>
        <FormattedMessage id="cooperation.title" />
      </Title>
      {notHub ? (
        <Alert color="gray">
          <FormattedMessage id="workingGroup.notHub" />
        </Alert>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {COOPERATION_AREAS.map((area) => (
            <Card key={area.to} withBorder component="section">
              <Title order={2} size="h4">
                <Anchor component={Link} to={area.to}>
                  <FormattedMessage id={area.title} />
                </Anchor>
              </Title>
              <Text size="sm" c="dimmed">
                <FormattedMessage id={area.summary} />
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
