import { Anchor, Stack, Table, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat, useLocalized } from '../../lib/format';
import { useLocations } from '../../lib/organisation';
import { usePageTitle } from '../../lib/page-title';

export function LocationsPage() {
  usePageTitle('locations.title');
  const intl = useIntl();
  const localized = useLocalized();
  const query = useLocations();
  const format = useFormat();
  return (
    <Stack>
      <Title order={1}>
        <FormattedMessage id="locations.title" />
      </Title>
      <QueryState query={query}>
        {(locations) => (
          <Table striped withTableBorder maw={600}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{intl.formatMessage({ id: 'locations.name' })}</Table.Th>
                <Table.Th scope="col">{intl.formatMessage({ id: 'locations.programmes' })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {locations.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>{localized(l.name)}</Table.Td>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/programmes?locationId=${l.id}`}
                      aria-label={intl.formatMessage(
                        { id: 'locations.showProgrammes' },
                        { name: localized(l.name) },
                      )}
                    >
                      {format.number(l.programmeCount)}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </Stack>
  );
}
