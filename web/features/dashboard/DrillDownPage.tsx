import { Alert, Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { DRILL_DOWNS } from '../../../common/contracts/indicators';
import { ExportMenu } from '../../components/ui/ExportMenu';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat, useLocalized } from '../../lib/format';
import { useLocations, useProgrammes } from '../../lib/organisation';
import { usePageTitle } from '../../lib/page-title';
import { useChildrenBehind } from './api';
import { type DrillDown, dashboardLink } from './filters';

/**
 * The children behind a number of the dashboard (`/dashboard/children?indicator=…&…`): the
 * same dates, filters and cell as the number, each child linking to their case. Opening the
 * list is written to the audit log by the server.
 */
export function DrillDownPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const format = useFormat();
  const localized = useLocalized();
  const [search] = useSearchParams();
  const indicator = search.get('indicator') ?? '';
  const known = (DRILL_DOWNS as readonly string[]).includes(indicator);
  usePageTitle('dashboard.title', known ? t(`dashboard.drill.${indicator as DrillDown}`) : null);
  const query = useChildrenBehind(search.toString(), known);
  const locations = useLocations();
  const programmes = useProgrammes();
  const locationName = (id: string | null) =>
    localized(locations.data?.find((l) => l.id === id)?.name) || t('common.none');
  const back = (
    <Anchor component={Link} to={dashboardLink(search)} c="teal">
      ← {t('dashboard.children.back')}
    </Anchor>
  );
  if (!known) {
    return (
      <Stack>
        {back}
        <Alert color="red" role="alert">
          {t('dashboard.children.unknown')}
        </Alert>
      </Stack>
    );
  }

  const asAt = search.get('asAt');
  const locationId = search.get('locationId');
  const programmeId = search.get('programmeId');
  const setting = search.get('setting');
  const sex = search.get('sex');
  const ageBand = search.get('ageBand');
  const moves = search.get('moves');
  // What the list is of, as small labels under the heading.
  const facets = [
    asAt ? t('dashboard.asAt', { date: format.date(asAt) }) : null,
    locationId ? locationName(locationId) : null,
    programmeId ? localized(programmes.data?.find((p) => p.id === programmeId)?.name) || null : null,
    setting ? t(`cases.setting.${setting}`) : null,
    sex ? (sex === 'unknown' ? t('dashboard.sex.unknown') : t(`cases.sex.${sex}`)) : null,
    ageBand ? (ageBand === 'unknown' ? t('dashboard.ageBand.unknown') : t(`cases.ageBand.${ageBand}`)) : null,
    moves !== null && /^[0-3]$/.test(moves) ? t(`dashboard.moves.${moves}`) : null,
  ].filter((f): f is string => Boolean(f));

  return (
    <Stack>
      {back}
      <Title order={1}>{t(`dashboard.drill.${indicator as DrillDown}`)}</Title>
      <Group gap="xs" aria-label={t('dashboard.children.filters')} role="list">
        {facets.map((f) => (
          <Badge key={f} variant="light" color="gray" c="dark.7" tt="none" size="lg" role="listitem">
            {f}
          </Badge>
        ))}
      </Group>
      <Text size="sm" c="gray.7">
        {t('dashboard.children.audited')}
      </Text>
      {known && (
        <Group justify="flex-end">
          <ExportMenu url="/api/exports/indicator-children" params={Object.fromEntries(search.entries())} />
        </Group>
      )}
      <QueryState query={query}>
        {(list) => (
          <Stack gap="xs">
            <Text fw={600} role="status">
              {list.total > list.items.length
                ? t('dashboard.children.capped', {
                    n: list.items.length,
                    shown: format.number(list.items.length),
                  })
                : t('dashboard.childCount', { n: list.total, count: format.number(list.total) })}
            </Text>
            {list.items.length === 0 ? (
              <Text>{t('dashboard.children.empty')}</Text>
            ) : (
              <Table.ScrollContainer type="native" minWidth={640}>
                <Table striped highlightOnHover withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('cases.col.caseNumber')}</Table.Th>
                      <Table.Th scope="col">{t('cases.col.name')}</Table.Th>
                      <Table.Th scope="col">{t('dashboard.col.birthDate')}</Table.Th>
                      <Table.Th scope="col">
                        {asAt
                          ? t('dashboard.col.settingOn', { date: format.date(asAt) })
                          : t('dashboard.col.setting')}
                      </Table.Th>
                      <Table.Th scope="col">{t('cases.field.location')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.items.map((c) => (
                      <Table.Tr key={c.caseId}>
                        <Table.Td>{c.caseNumber}</Table.Td>
                        <Table.Td>
                          <Anchor component={Link} to={`/cases/${c.caseId}`} c="teal">
                            {c.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{c.birthDate ? format.date(c.birthDate) : t('common.none')}</Table.Td>
                        <Table.Td>{t(`cases.setting.${c.setting}`)}</Table.Td>
                        <Table.Td>{locationName(c.locationId)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
