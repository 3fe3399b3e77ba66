import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate, useSearchParams } from 'react-router';
import { GROUP_PROGRAMME_TYPES } from '../../../common/contracts/programmes';
import { FilterBar } from '../../components/filters/FilterBar';
import { QueryState } from '../../components/ui/QueryState';
import { useLocalized } from '../../lib/format';
import { useProgrammes } from '../../lib/organisation';
import { usePageTitle } from '../../lib/page-title';
import { useCan } from '../../lib/session';
import { useGroups } from './api';
import { GroupCard } from './GroupCard';
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
