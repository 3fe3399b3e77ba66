import { Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { QueryState } from '../../components/ui/QueryState';
import { useSession } from '../../lib/session';
import { useGroups } from './api';
import { GroupCard } from './GroupCard';

/**
 * The teacher's start page: the groups they teach, each with today's register one tap away
 * (figures about villages and places do not concern a teacher). A teacher who has no group of
 * their own yet sees the active groups of their programme.
 */
export function MyGroups() {
  const { user } = useSession();
  const query = useGroups({ status: 'active' });
  if (!user) return null;
  return (
    <Stack>
      <Title order={1}>
        <FormattedMessage id="home.welcome" values={{ name: user.displayName }} />
      </Title>
      <QueryState query={query}>
        {(groups) => {
          const mine = groups.filter((g) => g.teacherId === user.id);
          const shown = mine.length > 0 ? mine : groups;
          return (
            <Stack component="section" aria-labelledby="my-groups-title" gap="sm">
              <Title order={2} size="h3" id="my-groups-title">
                <FormattedMessage
                  id={mine.length > 0 ? 'groups.home.title' : 'groups.home.programmeGroups'}
                />
              </Title>
              <Text size="sm" c="dimmed">
                <FormattedMessage id="groups.home.hint" />
              </Text>
              {shown.length === 0 ? (
                <Text c="dimmed">
                  <FormattedMessage id="groups.home.none" />
                </Text>
              ) : (
                <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
                  {shown.map((g) => (
                    <GroupCard key={g.id} group={g} />
                  ))}
                </SimpleGrid>
              )}
              <Anchor component={Link} to="/groups">
                <FormattedMessage id="groups.home.all" />
              </Anchor>
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
