import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { GROUP_PROGRAMME_TYPES } from '../../../common/contracts/programmes';
import { FilterBar } from '../../components/filters/FilterBar';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat, useLocalized } from '../../lib/format';
import { useProgrammes } from '../../lib/organisation';
import { usePageTitle } from '../../lib/page-title';
import { useCan } from '../../lib/session';
import { type GroupSummary, useGroups } from './api';
import { GroupForm } from './GroupForm';

/** The groups and courses of the day-care, education and kindergarten programmes in the user's scope. */
export function GroupsPage() {
  usePageTitle('groups.title');
  const intl = useIntl();
  const localized = useLocalized();
  const navigate = useNavigate();
  const canManage = useCan('programmes.manage');
  const [params, setParams] = useSearchParams();
  const programmeId = params.get('programme') ?? '';
  const status = params.get('status') ?? 'active';
  const [creating, setCreating] = useState(false);
  const programmes = useProgrammes();
  const groupProgrammes = (programmes.data ?? []).filter((p) =>
    (GROUP_PROGRAMME_TYPES as readonly string[]).includes(p.type),
  );
  const query = useGroups({
    programmeId: programmeId || undefined,
    status: status === 'all' ? undefined : status,
  });
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={1}>
          <FormattedMessage id="groups.title" />
        </Title>
        {canManage && !creating && (
          <Button onClick={() => setCreating(true)}>
            <FormattedMessage id="groups.new" />
          </Button>
        )}
      </Group>
      {creating && (
        <GroupForm
          programmes={groupProgrammes}
          programmeId={programmeId || null}
          onDone={(id) => {
            setCreating(false);
            if (id) navigate(`/groups/${id}`);
          }}
        />
      )}
      <FilterBar label={intl.formatMessage({ id: 'groups.filters' })}>
        <NativeSelect
          label={intl.formatMessage({ id: 'groups.field.programme' })}
          value={programmeId}
          onChange={(e) => set('programme', e.currentTarget.value)}
          data={[
            { value: '', label: intl.formatMessage({ id: 'groups.allProgrammes' }) },
            ...groupProgrammes.map((p) => ({ value: p.id, label: localized(p.name) })),
          ]}
        />
        <NativeSelect
          label={intl.formatMessage({ id: 'groups.field.status' })}
          value={status}
          onChange={(e) => set('status', e.currentTarget.value === 'active' ? '' : e.currentTarget.value)}
          data={[
            { value: 'active', label: intl.formatMessage({ id: 'groups.groupStatus.active' }) },
            { value: 'closed', label: intl.formatMessage({ id: 'groups.groupStatus.closed' }) },
            { value: 'all', label: intl.formatMessage({ id: 'groups.allStatuses' }) },
          ]}
        />
      </FilterBar>
      <QueryState query={query}>
        {(shown) =>
          shown.length === 0 ? (
            <Text c="dimmed">
              <FormattedMessage id="groups.empty" />
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {shown.map((g) => (
                <GroupCard key={g.id} group={g} />
              ))}
            </SimpleGrid>
          )
        }
      </QueryState>
    </Stack>
  );
}

function GroupCard({ group }: { group: GroupSummary }) {
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
