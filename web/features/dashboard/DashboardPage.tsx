import { Alert, Button, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Dashboard, Indicator } from '../../../common/contracts/indicators';
import { isIsoDate } from '../../../common/i18n/date-input';
import { DateField } from '../../components/fields/DateField';
import { FilterBar } from '../../components/filters/FilterBar';
import { PlaceFilters } from '../../components/filters/PlaceFilters';
import { QueryState } from '../../components/ui/QueryState';
import { isoToday } from '../../lib/dates';
import { useFormat } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useCan } from '../../lib/session';
import { AfterCare } from './AfterCare';
import { useDashboard } from './api';
import { ChildrenInCare } from './ChildrenInCare';
import { useDashboardFilter } from './filters';
import { IndicatorCard } from './IndicatorCard';
import { MonthlyFlow } from './MonthlyFlow';
import { CoreIndicators, FosterFunnel } from './OtherIndicators';
import { ShareIndicator } from './ShareIndicator';
import { LengthOfStay, MovesPerChild, ShortTermCare } from './StayIndicators';

type Render = (props: { d: Dashboard; ind: Indicator; drill: boolean }) => ReactNode;

/** The cards in the order shown; wide ones take the whole row on wide screens. */
const CARDS: { id: Indicator['id']; wide?: boolean; render: Render }[] = [
  { id: 'children_in_care', wide: true, render: (p) => <ChildrenInCare {...p} /> },
  { id: 'entries_by_month', wide: true, render: (p) => <MonthlyFlow {...p} /> },
  { id: 'exits_by_month', wide: true, render: (p) => <MonthlyFlow {...p} /> },
  { id: 'length_of_stay', wide: true, render: (p) => <LengthOfStay {...p} /> },
  { id: 'moves_per_child', render: (p) => <MovesPerChild {...p} /> },
  { id: 'siblings_together', render: (p) => <ShareIndicator {...p} /> },
  { id: 'care_plan_current', render: (p) => <ShareIndicator {...p} /> },
  { id: 'gatekeeping_on_entry', render: (p) => <ShareIndicator {...p} /> },
  { id: 'reviews_on_time', render: (p) => <ShareIndicator {...p} /> },
  { id: 'family_contact', render: (p) => <ShareIndicator {...p} /> },
  { id: 'short_term_care', render: (p) => <ShortTermCare {...p} /> },
  { id: 'core_indicators', render: (p) => <CoreIndicators {...p} /> },
  { id: 'after_care', wide: true, render: (p) => <AfterCare {...p} /> },
  { id: 'foster_funnel', wide: true, render: (p) => <FosterFunnel {...p} /> },
];

/**
 * Indicators for the user's scope as at a date and for a period, by location and programme:
 * a card per indicator with its chart, its table and its definition; numbers open the
 * children behind them for roles that may see names. The filters live in the address.
 */
export function DashboardPage() {
  usePageTitle('dashboard.title');
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const format = useFormat();
  const canReadCases = useCan('cases.read');
  const { filter, set, reset, active } = useDashboardFilter();
  const query = useDashboard(filter);
  const shown = query.data;
  const today = isoToday();

  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={1}>{t('dashboard.title')}</Title>
        {query.isFetching && <Loader size="sm" aria-label={t('common.loading')} />}
      </Group>
      <Text c="gray.7" maw={760}>
        {t('dashboard.intro')}
      </Text>
      <FilterBar label={t('dashboard.filters')} wrap="wrap">
        <DateField
          label={t('dashboard.filter.asAt')}
          value={filter.asAt || shown?.asAt || ''}
          max={today}
          onChange={(day) => (day === '' || isIsoDate(day)) && set('asAt', day)}
          w={170}
        />
        <DateField
          label={t('dashboard.filter.from')}
          value={filter.from || shown?.from || ''}
          max={today}
          onChange={(day) => (day === '' || isIsoDate(day)) && set('from', day)}
          w={170}
        />
        <DateField
          label={t('dashboard.filter.to')}
          value={filter.to || shown?.to || ''}
          max={today}
          onChange={(day) => (day === '' || isIsoDate(day)) && set('to', day)}
          w={170}
        />
        <PlaceFilters locationId={filter.locationId} programmeId={filter.programmeId} set={set} fixedWidths />
        {active && (
          <Button variant="default" onClick={reset}>
            {t('dashboard.filter.reset')}
          </Button>
        )}
      </FilterBar>
      <Text size="sm" c="gray.7">
        {t('dashboard.filter.hint')}
      </Text>
      <QueryState query={query}>
        {(d) => (
          <Stack>
            {d.suppressed && (
              <Alert color="blue" variant="light" role="note">
                <Text size="sm">{t('dashboard.suppressed', { threshold: format.number(d.threshold) })}</Text>
                <Text size="sm">{t('dashboard.suppressed.atLeast')}</Text>
                {d.rounding > 1 && (
                  <Text size="sm">
                    {t('dashboard.suppressed.rounded', { rounding: format.number(d.rounding) })}
                  </Text>
                )}
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
              {CARDS.map((card) => {
                const ind = d.indicators.find((i) => i.id === card.id);
                if (!ind) return null;
                return (
                  <IndicatorCard key={card.id} d={d} indicator={ind} wide={card.wide}>
                    {card.render({ d, ind, drill: canReadCases && ind.drillDown !== null })}
                  </IndicatorCard>
                );
              })}
            </SimpleGrid>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
