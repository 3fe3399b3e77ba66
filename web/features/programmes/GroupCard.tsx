import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useFormat, useLocalized } from '../../lib/format';
import { useCan } from '../../lib/session';
import type { GroupSummary } from './api';

/** A group at a glance: places, waiting, open tasks, its teacher and the way to today's register. */
export function GroupCard({ group }: { group: GroupSummary }) {
  const intl = useIntl();
  const localized = useLocalized();
  const format = useFormat();
  const canRegister = useCan('attendance.write');
  const full = group.enrolled >= group.capacity;
  const titleId = `group-${group.id}`;
  return (
    <Card withBorder component="article" aria-labelledby={titleId}>
      <Stack gap="xs" h="100%">
        <div>
          <Anchor component={Link} to={`/groups/${group.id}`} fw={700} size="lg" id={titleId}>
            {group.name}
          </Anchor>
          <Text size="sm" c="dimmed">
            {localized(group.programmeName)}
          </Text>
        </div>
        <Group gap="xs">
          <Badge color={full ? 'orange.8' : 'teal.8'} variant="light" tt="none">
            <FormattedMessage
              id="groups.places"
              values={{ enrolled: format.number(group.enrolled), capacity: format.number(group.capacity) }}
            />
          </Badge>
          {group.waiting > 0 && (
            <Badge color="yellow.9" variant="light" tt="none">
              <FormattedMessage id="groups.waitingCount" values={{ count: group.waiting }} />
            </Badge>
          )}
          {group.openFollowUps > 0 && (
            <Badge color="red.8" variant="light" tt="none">
              <FormattedMessage id="groups.followUpCount" values={{ count: group.openFollowUps }} />
            </Badge>
          )}
          {group.status === 'closed' && (
            <Badge color="gray.7" variant="light" tt="none">
              <FormattedMessage id="groups.groupStatus.closed" />
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {group.teacherName ? (
            <FormattedMessage id="groups.teacherIs" values={{ name: group.teacherName }} />
          ) : (
            <FormattedMessage id="groups.noTeacher" />
          )}
        </Text>
        {canRegister && group.status === 'active' && (
          <Button
            mt="auto"
            size="md"
            component={Link}
            to={`/groups/${group.id}/register`}
            aria-label={intl.formatMessage({ id: 'groups.todaysRegisterOf' }, { group: group.name })}
            variant="light"
          >
            <FormattedMessage id="groups.todaysRegister" />
          </Button>
        )}
      </Stack>
    </Card>
  );
}
