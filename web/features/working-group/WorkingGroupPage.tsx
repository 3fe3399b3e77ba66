import { Stack, Table, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat, useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useCountryName, useWorkingGroup } from './api';

/** The member countries and the delegates of the working group, with their role and term. */
export function WorkingGroupPage() {
  usePageTitle('workingGroup.title');
  const format = useFormat();
  const countryName = useCountryName();
  const localized = useLocalized();
  const query = useWorkingGroup();
  return (
    <Stack>
      <Title order={1}>
        <FormattedMessage id="workingGroup.title" />
      </Title>
      <QueryState query={query}>
        {(group) => (
          <>
            <Title order={2} size="h3">
              <FormattedMessage id="workingGroup.countries" />
            </Title>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <FormattedMessage id="workingGroup.country" />
                  </Table.Th>
                  <Table.Th>
                    <FormattedMessage id="workingGroup.countryStatus" />
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {group.countries.map((c) => (
                  <Table.Tr key={c.code}>
                    <Table.Td>{localized(c.names)}</Table.Td>
                    <Table.Td>
                      <FormattedMessage id={`workingGroup.countryStatus.${c.status}`} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Title order={2} size="h3">
              <FormattedMessage id="workingGroup.delegates" />
            </Title>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <FormattedMessage id="workingGroup.delegate" />
                  </Table.Th>
                  <Table.Th>
                    <FormattedMessage id="workingGroup.country" />
                  </Table.Th>
                  <Table.Th>
                    <FormattedMessage id="workingGroup.groupRole" />
                  </Table.Th>
                  <Table.Th>
                    <FormattedMessage id="workingGroup.term" />
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {group.delegates.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td>{d.fullName}</Table.Td>
                    <Table.Td>{countryName(d.country)}</Table.Td>
                    <Table.Td>
                      <FormattedMessage id={`workingGroup.groupRole.${d.groupRole}`} />
                    </Table.Td>
                    <Table.Td>
                      {format.date(d.termFrom)} – {d.termTo ? format.date(d.termTo) : ''}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
