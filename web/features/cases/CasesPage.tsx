import { Button, Group, NativeSelect, Stack, Switch, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { CASE_STATUSES, SETTING_TYPES } from '../../../common/cases';
import { AGE_BANDS } from '../../../common/contracts/cases';
import { ExportMenu } from '../../components/ui/ExportMenu';
import { Pager } from '../../components/ui/Pager';
import { QueryState } from '../../components/ui/QueryState';
import { useLocalized } from '../../lib/format';
import { useLocations, useProgrammes } from '../../lib/organisation';
import { usePageTitle } from '../../lib/page-title';
import { useCan } from '../../lib/session';
import { useCases } from './api';
import { CaseTable } from './CaseTable';
import { EnumSelect } from './shared';

const PAGE_SIZE = 50;
const FILTERS = ['locationId', 'programmeId', 'status', 'settingType', 'ageBand', 'overdue'] as const;

/** Children and young people in the user's scope; the filters live in the address. */
export function CasesPage() {
  usePageTitle('cases.list.title');
  const intl = useIntl();
  const localized = useLocalized();
  const canWrite = useCan('cases.write');
  const canResearch = useCan('exports.pseudonymised');
  const [params, setParams] = useSearchParams();
  const filter = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const page = Number(params.get('page') ?? 1) || 1;
  const locations = useLocations();
  const programmes = useProgrammes({ locationId: filter.locationId || undefined });
  const query = useCases({
    ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v)),
    page,
    pageSize: PAGE_SIZE,
  });
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'locationId') next.delete('programmeId');
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: key !== 'page' });
  };
  const any = intl.formatMessage({ id: 'cases.any' });

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
      <Group align="end" gap="sm" role="search" aria-label={intl.formatMessage({ id: 'cases.list.filters' })}>
        <NativeSelect
          label={intl.formatMessage({ id: 'cases.field.location' })}
          value={filter.locationId}
          onChange={(e) => set('locationId', e.currentTarget.value)}
          data={[
            { value: '', label: any },
            ...(locations.data ?? []).map((l) => ({ value: l.id, label: localized(l.name) })),
          ]}
        />
        <NativeSelect
          label={intl.formatMessage({ id: 'cases.field.programme' })}
          value={filter.programmeId}
          onChange={(e) => set('programmeId', e.currentTarget.value)}
          maw={260}
          data={[
            { value: '', label: any },
            ...(programmes.data ?? []).map((p) => ({ value: p.id, label: localized(p.name) })),
          ]}
        />
        <EnumSelect
          label={intl.formatMessage({ id: 'cases.field.status' })}
          group="status"
          values={CASE_STATUSES}
          empty="any"
          value={filter.status}
          onChange={(v) => set('status', v)}
        />
        <EnumSelect
          label={intl.formatMessage({ id: 'cases.field.settingType' })}
          group="setting"
          values={SETTING_TYPES}
          empty="any"
          value={filter.settingType}
          onChange={(v) => set('settingType', v)}
        />
        <EnumSelect
          label={intl.formatMessage({ id: 'cases.field.ageBand' })}
          group="ageBand"
          values={AGE_BANDS}
          empty="any"
          value={filter.ageBand}
          onChange={(v) => set('ageBand', v)}
        />
        <Switch
          label={intl.formatMessage({ id: 'cases.list.overdueOnly' })}
          checked={filter.overdue === 'true'}
          onChange={(e) => set('overdue', e.currentTarget.checked ? 'true' : '')}
          mb={8}
        />
      </Group>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>
              <FormattedMessage id="cases.list.empty" />
            </Text>
          ) : (
            <>
              <CaseTable cases={data.items} />
              <Pager
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                totalIsLowerBound={data.totalIsLowerBound}
                onChange={(p) => set('page', String(p))}
              />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
