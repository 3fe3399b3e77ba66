import { Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { CASE_STATUSES, SETTING_TYPES } from '../../../common/cases';
import { AGE_BANDS } from '../../../common/contracts/cases';
import { EnumSelect } from '../../components/fields/EnumSelect';
import { ExportMenu } from '../../components/ui/ExportMenu';
import { useLocalized } from '../../lib/format';
import { useLocations, useProgrammes } from '../../lib/organisation';
import { usePageTitle } from '../../lib/page-title';

const FILTERS = ['locationId', 'programmeId', 'status', 'settingType', 'ageBand'] as const;
type Filter = Record<(typeof FILTERS)[number], string>;

/**
 * The pseudonymised children list for researchers (admin, director, analyst): filters like the
 * children list, a file with no names or identity numbers and a stable pseudonym per child.
 */
export function ResearchExportPage() {
  usePageTitle('exports.research.title');
  const intl = useIntl();
  const localized = useLocalized();
  const [filter, setFilter] = useState<Filter>(Object.fromEntries(FILTERS.map((k) => [k, ''])) as Filter);
  const locations = useLocations();
  const programmes = useProgrammes({ locationId: filter.locationId || undefined });
  const set = (key: keyof Filter, value: string) =>
    setFilter((f) => ({ ...f, [key]: value, ...(key === 'locationId' ? { programmeId: '' } : {}) }));
  const any = intl.formatMessage({ id: 'cases.any' });
  return (
    <Stack maw={900}>
      <Title order={1}>{intl.formatMessage({ id: 'exports.research.title' })}</Title>
      <Text>{intl.formatMessage({ id: 'exports.research.intro' })}</Text>
      <Card withBorder>
        <Stack>
          <Group
            align="end"
            gap="sm"
            role="search"
            aria-label={intl.formatMessage({ id: 'cases.list.filters' })}
          >
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
          </Group>
          <Group justify="flex-end">
            <ExportMenu url="/api/exports/cases-pseudonymised" params={filter} />
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
