import { Alert, Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { ApiError } from '../../lib/api';
import { usePageTitle } from '../../lib/page-title';
import { useSession } from '../../lib/session';
import { useWorkingGroup } from './api';

interface CooperationArea {
  to: string;
  title: string;
  summary: string;
  /** Who sees it, when it is not everyone who reads the space. */
  permission?: string;
  /** A page of a country's own installation (its link to the hub): shown where the space is not. */
  countrySide?: boolean;
}

const area = (to: string, title: string, summary: string, more: Partial<CooperationArea> = {}) => ({
  to,
  title,
  summary,
  ...more,
});

/**
 * The areas of the countries' cooperation space, the one entry of the menu (issue 17). Each area
 * adds its line here: the path of its page and the message ids of its name and of one sentence
 * saying what it holds.
 */
export const COOPERATION_AREAS: CooperationArea[] = [
  area('/cooperation/working-group', 'workingGroup.title', 'workingGroup.area.summary'),
  area('/cooperation/meetings', 'workingGroup.meetings.title', 'workingGroup.meetings.summary'),
  area('/cooperation/actions', 'workingGroup.actions.title', 'workingGroup.actions.summary'),
  area('/cooperation/commitments', 'workingGroup.commitments.title', 'workingGroup.commitments.summary'),
  area('/cooperation/practices', 'practices.nav', 'workingGroup.area.practices.summary'),
  area('/cooperation/practices/queue', 'practices.queue.nav', 'workingGroup.area.queue.summary'),
  area('/cooperation/exchanges', 'exchanges.nav.exchanges', 'workingGroup.area.exchanges.summary'),
  area('/cooperation/observance-days', 'exchanges.nav.calendar', 'workingGroup.area.observance.summary'),
  area('/cooperation/foster-day', 'exchanges.nav.fosterDay', 'workingGroup.area.fosterDay.summary'),
  area('/cooperation/figures', 'cooperation.figures.nav', 'workingGroup.area.figures.summary'),
  area('/cooperation/hub', 'cooperation.hub.nav', 'workingGroup.area.hub.summary', {
    permission: 'cooperation.hub',
    countrySide: true,
  }),
  area('/hub/connection', 'cooperation.link.nav', 'workingGroup.area.connection.summary', {
    permission: 'cooperation.connect',
    countrySide: true,
  }),
  area('/hub/send', 'cooperation.push.nav', 'workingGroup.area.send.summary', {
    permission: 'cooperation.push',
    countrySide: true,
  }),
];

function AreaCards({ areas }: { areas: CooperationArea[] }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {areas.map((a) => (
        <Card key={a.to} withBorder component="section">
          <Title order={2} size="h4">
            <Anchor component={Link} to={a.to}>
              <FormattedMessage id={a.title} />
            </Anchor>
          </Title>
          <Text size="sm" c="dimmed">
            <FormattedMessage id={a.summary} />
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}

export function CooperationHomePage() {
  usePageTitle('cooperation.title');
  // The space lives only on the hub: elsewhere its routes answer 404, said here in words.
  const group = useWorkingGroup();
  const notHub = group.error instanceof ApiError && group.error.status === 404;
  const { user } = useSession();
  const mine = COOPERATION_AREAS.filter((a) => !a.permission || user?.permissions.includes(a.permission));
  return (
    <Stack>
      <Title order={1}>
        <FormattedMessage id="cooperation.title" />
      </Title>
      {notHub && (
        <Alert color="gray">
          <FormattedMessage id="workingGroup.notHub" />
        </Alert>
      )}
      {/* Where this installation is no hub, only its own link to the hub (and the switch) remain. */}
      <AreaCards areas={mine.filter((a) => !notHub || a.countrySide)} />
    </Stack>
  );
}
