import { Anchor, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { formatDate } from '../../../common/i18n/format';
import { AreaWords } from '../../components/AreaWords';
import { QueryState } from '../../components/ui/QueryState';
import { DASHBOARD } from '../../i18n/catalogues';
import { useLocale } from '../../i18n/I18nProvider';
import { useVillage } from '../../lib/organisation';
import { useCan } from '../../lib/session';

/** The family houses of an SOS Children's Village with their SOS parent, aunts and occupancy today. */
export function VillageHouses({ programmeId }: { programmeId: string }) {
  // "At least n" children, for a reader of aggregates, is the dashboard's wording.
  return (
    <AreaWords catalogues={DASHBOARD}>
      <Houses programmeId={programmeId} />
    </AreaWords>
  );
}

function Houses({ programmeId }: { programmeId: string }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const query = useVillage(programmeId, true);
  const showNames = useCan('cases.read');
  const today = new Date().toISOString().slice(0, 10);
  // A house asked for (a caregiver picked in the search): marked, and scrolled to once shown.
  const [params] = useSearchParams();
  const asked = params.get('house');
  const loaded = Boolean(query.data);
  useEffect(() => {
    if (asked && loaded) document.getElementById(`house-${asked}`)?.scrollIntoView({ block: 'center' });
  }, [asked, loaded]);
  return (
    <QueryState query={query}>
      {({ houses }) => {
        const capacity = houses.reduce((s, h) => s + h.capacity, 0);
        // For a reader of aggregates only a count is rounded down, "<5" (null) when 0–4 (decision 0019).
        const hidden = houses.some((h) => h.childrenCount === null);
        const known = houses.reduce((s, h) => s + (h.childrenCount ?? 0), 0);
        const children = hidden ? intl.formatMessage({ id: 'dashboard.atLeast' }, { count: known }) : known;
        return (
          <Stack gap="xs">
            <Title order={2} size="h3">
              <FormattedMessage id="village.houses" />
            </Title>
            <Text size="sm" c="dimmed">
              <FormattedMessage id="village.asOf" values={{ date: formatDate(locale, today) }} />
            </Text>
            <Table.ScrollContainer minWidth={640}>
              <Table striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">#</Table.Th>
                    <Table.Th scope="col">{intl.formatMessage({ id: 'village.sosParent' })}</Table.Th>
                    <Table.Th scope="col">{intl.formatMessage({ id: 'village.aunts' })}</Table.Th>
                    <Table.Th scope="col">{intl.formatMessage({ id: 'village.occupancy' })}</Table.Th>
                    {showNames && (
                      <Table.Th scope="col">{intl.formatMessage({ id: 'village.childrenNames' })}</Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {houses.map((h) => (
                    <Table.Tr
                      key={h.id}
                      id={`house-${h.id}`}
                      aria-current={h.id === asked ? 'true' : undefined}
                      bg={h.id === asked ? 'var(--mantine-color-yellow-light)' : undefined}
                    >
                      <Table.Th scope="row">
                        {intl.formatMessage({ id: 'village.house' }, { number: h.houseNumber })}
                      </Table.Th>
                      <Table.Td>
                        {h.sosParent ?? (showNames ? intl.formatMessage({ id: 'village.noParent' }) : '—')}
                      </Table.Td>
                      <Table.Td>{h.aunts.join(', ') || '—'}</Table.Td>
                      <Table.Td miw={160}>
                        <Text size="sm">
                          <FormattedMessage
                            id="village.occupancyValue"
                            values={{ children: h.childrenCount ?? '<5', capacity: h.capacity }}
                          />
                        </Text>
                        <Progress
                          value={h.capacity ? (100 * (h.childrenCount ?? 0)) / h.capacity : 0}
                          size="sm"
                          aria-hidden
                        />
                      </Table.Td>
                      {showNames && (
                        <Table.Td>
                          {h.children.map((c, i) => (
                            <span key={c.caseId ?? `${c.name}-${c.birthDate}`}>
                              {i > 0 && ', '}
                              {c.caseId ? (
                                <Anchor component={Link} to={`/cases/${c.caseId}`} size="sm">
                                  {c.name}
                                </Anchor>
                              ) : (
                                c.name
                              )}
                            </span>
                          ))}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th scope="row">{intl.formatMessage({ id: 'village.total' })}</Table.Th>
                    <Table.Td />
                    <Table.Td />
                    <Table.Td fw={600}>
                      <FormattedMessage id="village.occupancyValue" values={{ children, capacity }} />
                    </Table.Td>
                    {showNames && <Table.Td />}
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        );
      }}
    </QueryState>
  );
}
