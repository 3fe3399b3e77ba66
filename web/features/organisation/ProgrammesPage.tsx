import { Anchor, Badge, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { PROGRAMME_TYPES } from '../../../common/organisation';
import { QueryState } from '../../components/ui/QueryState';
import { useLocalized } from '../../lib/format';
import { useLocations, useProgrammes } from '../../lib/organisation';
import { usePageTitle } from '../../lib/page-title';
import { ProgrammeDate } from './ProgrammeDate';

export function ProgrammesPage() {
  usePageTitle('programmes.title');
  const intl = useIntl();
  const localized = useLocalized();
  const [params, setParams] = useSearchParams();
  const type = params.get('type') ?? '';
  const locationId = params.get('locationId') ?? '';
  const locations = useLocations();
  const query = useProgrammes({ type: type || undefined, locationId: locationId || undefined });
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const any = intl.formatMessage({ id: 'programmes.any' });

  return (
    <Stack>
      <Title order={1}>
        <FormattedMessage id="programmes.title" />
      </Title>
      <Group align="end">
        <NativeSelect
          label={intl.formatMessage({ id: 'programmes.filterType' })}
          value={type}
          onChange={(e) => setFilter('type', e.currentTarget.value)}
          data={[
            { value: '', label: any },
            ...PROGRAMME_TYPES.map((t) => ({
              value: t,
              label: intl.formatMessage({ id: `programmeType.${t}` }),
            })),
          ]}
        />
        <NativeSelect
          label={intl.formatMessage({ id: 'programmes.filterLocation' })}
          value={locationId}
          onChange={(e) => setFilter('locationId', e.currentTarget.value)}
          data={[
            { value: '', label: any },
            ...(locations.data ?? []).map((l) => ({ value: l.id, label: localized(l.name) })),
          ]}
        />
      </Group>
      <QueryState query={query}>
        {(programmes) =>
          programmes.length === 0 ? (
            <Text>
              <FormattedMessage id="programmes.empty" />
            </Text>
          ) : (
            <>
              <Text size="sm" c="dimmed" aria-live="polite">
                <FormattedMessage id="programmes.count" values={{ count: programmes.length }} />
              </Text>
              <Table.ScrollContainer minWidth={720}>
                <Table striped highlightOnHover withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{intl.formatMessage({ id: 'programmes.name' })}</Table.Th>
                      <Table.Th scope="col">{intl.formatMessage({ id: 'programmes.type' })}</Table.Th>
                      <Table.Th scope="col">{intl.formatMessage({ id: 'programmes.location' })}</Table.Th>
                      <Table.Th scope="col">{intl.formatMessage({ id: 'programmes.startDate' })}</Table.Th>
                      <Table.Th scope="col">{intl.formatMessage({ id: 'programmes.status' })}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {programmes.map((p) => (
                      <Table.Tr key={p.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/programmes/${p.id}`}>
                            {localized(p.name)}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{intl.formatMessage({ id: `programmeType.${p.type}` })}</Table.Td>
                        <Table.Td>{localized(p.locationName)}</Table.Td>
                        <Table.Td>
                          <ProgrammeDate date={p.startDate} precision={p.startDatePrecision} />
                        </Table.Td>
                        <Table.Td>
                          <Badge
                            color={p.status === 'active' ? 'teal.9' : 'gray.7'}
                            variant="light"
                            tt="none"
                            style={{ overflow: 'visible' }}
                          >
                            {intl.formatMessage({ id: `programmeStatus.${p.status}` })}
                          </Badge>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
