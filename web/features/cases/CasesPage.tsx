import { Button, Group, Stack, Switch, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ChildrenFilters } from '../../components/filters/ChildrenFilters';
import { FilterBar } from '../../components/filters/FilterBar';
import { ExportMenu } from '../../components/ui/ExportMenu';
import { PagedResults } from '../../components/ui/PagedResults';
import { useAddressFilter } from '../../lib/address-filter';
import { usePageTitle } from '../../lib/page-title';
import { useCan } from '../../lib/session';
import { useCases } from './api';
import { CaseTable } from './CaseTable';

const PAGE_SIZE = 50;
const FILTERS = ['locationId', 'programmeId', 'status', 'settingType', 'ageBand', 'overdue'] as const;

/** Children and young people in the user's scope; the filters live in the address. */
export function CasesPage() {
  usePageTitle('cases.list.title');
  const intl = useIntl();
  const canWrite = useCan('cases.write');
  const canResearch = useCan('exports.pseudonymised');
  const { filter, page, set } = useAddressFilter(FILTERS);
  const query = useCases({
    ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v)),
    page,
    pageSize: PAGE_SIZE,
  });

  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={1}>
          <FormattedMessage id="cases.list.title" />
        </Title>
        <Group gap="sm" align="center">
          <ExportMenu
            url="/api/exports/cases"
            params={filter}
            extra={
              canResearch
                ? [
                    {
                      label: 'exports.format.research',
                      url: '/api/exports/cases-pseudonymised',
                      format: 'xlsx',
                    },
                  ]
                : []
            }
          />
          {canWrite && (
            <Button component={Link} to="/cases/new">
              <FormattedMessage id="cases.newReferral" />
            </Button>
          )}
        </Group>
      </Group>
      <FilterBar label={intl.formatMessage({ id: 'cases.list.filters' })}>
        <ChildrenFilters filter={filter} set={set} />
        <Switch
          label={intl.formatMessage({ id: 'cases.list.overdueOnly' })}
          checked={filter.overdue === 'true'}
          onChange={(e) => set('overdue', e.currentTarget.checked ? 'true' : '')}
          mb={8}
        />
      </FilterBar>
      <PagedResults query={query} emptyMessage="cases.list.empty" onPage={(p) => set('page', String(p))}>
        {(items) => <CaseTable cases={items} />}
      </PagedResults>
    </Stack>
  );
}
