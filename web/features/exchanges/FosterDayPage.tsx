import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat, useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useAmbassadorFigures, useFosterDayResults } from './api';
import { SideBySide } from './SideBySide';
import { YearSelect } from './YearSelect';

const DAY_MEASURES = ['events', 'inquiries', 'applications', 'approvals'] as const;
const AMBASSADOR_MEASURES = [
  ['activeAmbassadors', 'active'],
  ['events', 'events'],
  ['inquiries', 'inquiries'],
  ['approvedFamilies', 'approved'],
] as const;

/** Foster Family Day results and volunteer-ambassador figures the countries sent, side by side. */
export function FosterDayPage() {
  usePageTitle('exchanges.nav.fosterDay');
  const intl = useIntl();
  const format = useFormat();
  const localized = useLocalized();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const [year, setYear] = useState(new Date().getFullYear());
  const results = useFosterDayResults(year);
  const ambassadors = useAmbassadorFigures(year);
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={1}>{t('exchanges.nav.fosterDay')}</Title>
        <YearSelect value={year} onChange={setYear} />
      </Group>
      <Text size="sm" c="dimmed">
        {t('exchanges.withheldNote')}
      </Text>
      <QueryState query={results}>
        {({ results: rows }) => {
          if (!rows.length) return <Text>{t('exchanges.fosterDay.none')}</Text>;
          const days = [...new Set(rows.map((r) => r.payload.day))];
          return (
            <Stack>
              {days.map((day) => {
                const ofDay = rows.filter((r) => r.payload.day === day);
                return (
                  <Card withBorder key={day} component="section" aria-labelledby={`day-${day}`}>
                    <Title order={2} size="h4" id={`day-${day}`} mb="sm">
                      {format.date(day)} ·{' '}
                      {t(`exchanges.fosterDay.observance.${ofDay[0]!.payload.observance}`)}
                    </Title>
                    <SideBySide
                      title={t('exchanges.fosterDay.chart')}
                      countries={ofDay.map((r) => ({
                        code: r.country,
                        name: localized(r.names),
                        values: r.payload.totals,
                      }))}
                      measures={DAY_MEASURES.map((m) => ({ key: m, label: t(`exchanges.fosterDay.${m}`) }))}
                      charted={['inquiries', 'applications', 'approvals']}
                    />
                    <Text size="sm" c="dimmed" mt="xs">
                      {ofDay
                        .map(
                          (r) =>
                            `${localized(r.names)}: ${t('exchanges.fosterDay.countedAt')} ${format.date(r.payload.countedAt)}`,
                        )
                        .join(' · ')}
                    </Text>
                  </Card>
                );
              })}
            </Stack>
          );
        }}
      </QueryState>
      <Card withBorder component="section" aria-labelledby="ambassadors-title">
        <Title order={2} size="h4" id="ambassadors-title" mb="sm">
          {t('exchanges.ambassadors.title')}
        </Title>
        <QueryState query={ambassadors}>
          {({ figures }) =>
            figures.length ? (
              <SideBySide
                title={t('exchanges.ambassadors.title')}
                countries={figures.map(
                  ({ country, names, payload: { year: _, countedAt: __, ...values } }) => ({
                    code: country,
                    name: localized(names),
                    values,
                  }),
                )}
                measures={AMBASSADOR_MEASURES.map(([key, label]) => ({
                  key,
                  label: t(`exchanges.ambassadors.${label}`),
                }))}
                charted={['inquiries', 'approvedFamilies']}
              />
            ) : (
              <Text>{t('exchanges.ambassadors.none')}</Text>
            )
          }
        </QueryState>
      </Card>
    </Stack>
  );
}
