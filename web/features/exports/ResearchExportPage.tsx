import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import {
  CHILDREN_FILTERS,
  type ChildrenFilter,
  ChildrenFilters,
} from '../../components/filters/ChildrenFilters';
import { FilterBar } from '../../components/filters/FilterBar';
import { ExportMenu } from '../../components/ui/ExportMenu';
import { usePageTitle } from '../../lib/page-title';

const NO_FILTER = Object.fromEntries(CHILDREN_FILTERS.map((k) => [k, ''])) as ChildrenFilter;

/**
 * The pseudonymised children list for researchers (admin, director, analyst): filters like the
 * children list, a file with no names or identity numbers and a stable pseudonym per child.
 */
export function ResearchExportPage() {
  usePageTitle('exports.research.title');
  const intl = useIntl();
  const [filter, setFilter] = useState(NO_FILTER);
  // The programmes offered depend on the location, so a new location clears the programme.
  const set = (key: keyof ChildrenFilter, value: string) =>
    setFilter((f) => ({ ...f, [key]: value, ...(key === 'locationId' ? { programmeId: '' } : {}) }));
  return (
    <Stack maw={900}>
      <Title order={1}>{intl.formatMessage({ id: 'exports.research.title' })}</Title>
      <Text>{intl.formatMessage({ id: 'exports.research.intro' })}</Text>
      <Card withBorder>
        <Stack>
          <FilterBar label={intl.formatMessage({ id: 'cases.list.filters' })}>
            <ChildrenFilters filter={filter} set={set} />
          </FilterBar>
          <Group justify="flex-end">
            <ExportMenu url="/api/exports/cases-pseudonymised" params={filter} />
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
