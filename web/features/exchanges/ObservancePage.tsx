import { Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { QueryState } from '../../components/ui/QueryState';
import { useCooperationCaller, useCooperationNames } from '../../lib/cooperation';
import { useFormat, useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useCan } from '../../lib/session';
import { useCalendar, useExchangeReport, useSave } from './api';
import { DayForm } from './DayForm';
import { PlanForm } from './PlanForm';
import { YearSelect } from './YearSelect';

/** The shared calendar of observance days, each with every country's campaign plan for the year. */
export function ObservancePage() {
  usePageTitle('exchanges.nav.calendar');
  const intl = useIntl();
  const format = useFormat();
  const names = useCooperationNames();
  const localized = useLocalized();
  const t = (id: string) => intl.formatMessage({ id });
  // Each country writes its own campaign plan (the hub's administrator any).
  const { mayEditCountry } = useCooperationCaller();
  const [year, setYear] = useState(new Date().getFullYear());
  const [editing, setEditing] = useState<{ dayId: string; country: string } | null>(null);
  const calendar = useCalendar(year);
  const countries = (useExchangeReport(year).data?.countries ?? []).map((c) => c.code);
  const save = useSave('cooperation-observance', () => setEditing(null));
  // Only the hub's administrator adds days to the calendar (the route's access).
  const mayAddDay = useCan('cooperation.hub');
  const [adding, setAdding] = useState(false);
  const addDay = useSave('cooperation-observance', () => setAdding(false));
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={1}>{t('exchanges.nav.calendar')}</Title>
        <Group align="end">
          {mayAddDay && !adding && (
            <Button onClick={() => setAdding(true)}>{t('exchanges.calendar.addDay')}</Button>
          )}
          <YearSelect value={year} onChange={setYear} />
        </Group>
      </Group>
      {adding && (
        <DayForm
          countries={countries}
          save={addDay}
          onCancel={() => {
            addDay.reset();
            setAdding(false);
          }}
        />
      )}
      <QueryState query={calendar}>
        {({ days }) => (
          <Stack>
            {days.map((day) => {
              const planners = day.country ? [day.country] : countries;
              return (
                <Card withBorder key={day.id} component="section" aria-labelledby={`day-${day.id}`}>
                  <Stack gap="xs">
                    <Group justify="space-between">
                      <Title order={2} size="h4" id={`day-${day.id}`}>
                        {format.date(`${year}-${pad(day.month)}-${pad(day.day)}`)} · {localized(day.names)}
                      </Title>
                      <Badge variant="light">
                        {day.country ? names.country(day.country) : t('exchanges.calendar.international')}
                      </Badge>
                    </Group>
                    {planners.map((country) => {
                      const plan = day.plans.find((p) => p.country === country);
                      const isEditing = editing?.dayId === day.id && editing.country === country;
                      if (isEditing)
                        return (
                          <PlanForm
                            key={country}
                            dayId={day.id}
                            country={country}
                            year={year}
                            plan={plan}
                            save={save}
                            onCancel={() => {
                              save.reset();
                              setEditing(null);
                            }}
                          />
                        );
                      return (
                        <Stack key={country} gap={4}>
                          <Group gap="xs">
                            <Text fw={600}>{names.country(country)}</Text>
                            {plan ? (
                              <Badge size="sm">{t(`exchanges.planStatus.${plan.status}`)}</Badge>
                            ) : (
                              <Text c="dimmed">{t('exchanges.calendar.noPlan')}</Text>
                            )}
                            {mayEditCountry(country) && (
                              <Button
                                size="xs"
                                variant="subtle"
                                onClick={() => setEditing({ dayId: day.id, country })}
                                disabled={editing !== null}
                              >
                                {t('exchanges.calendar.writePlan')}
                              </Button>
                            )}
                          </Group>
                          {plan?.plan && <Text size="sm">{plan.plan}</Text>}
                          {plan && plan.events.length > 0 && (
                            <List size="sm">
                              {plan.events.map((e) => (
                                <List.Item key={`${e.date}-${e.city}-${e.title}`}>
                                  {format.date(e.date)} · {e.city} · {t(`exchanges.eventKind.${e.kind}`)}:{' '}
                                  {e.title}
                                </List.Item>
                              ))}
                            </List>
                          )}
                        </Stack>
                      );
                    })}
                  </Stack>
                </Card>
              );
            })}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
