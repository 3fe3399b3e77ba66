import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { CaseSummary } from '../../../common/contracts/cases';
import { useEnumLabel } from '../../lib/enum-labels';
import { useFormat, useLocalized } from '../../lib/format';
import { personName } from '../../lib/person-name';
import { ageOf } from './age';
import { CaseCards } from './CaseCards';

/**
 * Children and young people, one row each, linking to their case. On a phone a row of eight
 * columns cannot be read without scrolling sideways (the last columns were simply cut off), so
 * each child becomes a card with the same facts.
 */
export function CaseTable({ cases }: { cases: CaseSummary[] }) {
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  return phone ? <CaseCards cases={cases} /> : <CaseRows cases={cases} />;
}

function CaseRows({ cases }: { cases: CaseSummary[] }) {
  const intl = useIntl();
  const format = useFormat();
  const localized = useLocalized();
  const label = useEnumLabel();
  const col = (id: string) => (
    <Table.Th scope="col" key={id}>
      {intl.formatMessage({ id })}
    </Table.Th>
  );
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {[
              'cases.col.caseNumber',
              'cases.col.name',
              'cases.col.age',
              'cases.col.place',
              'cases.col.setting',
              'cases.col.placedOn',
              'cases.col.nextReview',
              'cases.col.worker',
            ].map(col)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Anchor component={Link} to={`/cases/${c.id}`}>
                  {c.caseNumber}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {personName(c.child)}
                {c.reEntry && (
                  <Badge ml="xs" size="sm" color="grape.8" variant="light" tt="none">
                    <FormattedMessage id="cases.reEntry" />
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {c.child.birthDate ? (
                  <>
                    <FormattedMessage id="cases.ageYears" values={{ age: ageOf(c.child.birthDate) }} />
                    <Text size="xs" c="dimmed">
                      {format.date(c.child.birthDate)}
                    </Text>
                  </>
                ) : (
                  <FormattedMessage id="common.none" />
                )}
              </Table.Td>
              <Table.Td>
                {localized(c.locationName)}
                {c.programmeName && (
                  <Text size="xs" c="dimmed">
                    {localized(c.programmeName)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {c.settingType ? label('setting', c.settingType) : label('status', c.status)}
              </Table.Td>
              <Table.Td>
                {c.placedOn ? format.date(c.placedOn) : <FormattedMessage id="common.none" />}
              </Table.Td>
              <Table.Td>
                {c.nextReviewOn ? (
                  <Text span c={c.overdue ? 'red' : undefined} fw={c.overdue ? 700 : undefined}>
                    {format.date(c.nextReviewOn)}
                    {c.overdue && (
                      <>
                        {' '}
                        <FormattedMessage id="cases.due.overdueParen" />
                      </>
                    )}
                  </Text>
                ) : (
                  <FormattedMessage id="common.none" />
                )}
              </Table.Td>
              <Table.Td>{c.workerName ?? <FormattedMessage id="cases.unassigned" />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
