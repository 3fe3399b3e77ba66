import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { CaseSummary } from '../../../common/contracts/cases';
import { useEnumLabel } from '../../lib/enum-labels';
import { useFormat, useLocalized } from '../../lib/format';
import { personName } from '../../lib/person-name';
import { ageOf } from './age';

/** The case table on a phone: one card per child with every column's fact, labelled, nothing cut off. */
export function CaseCards({ cases }: { cases: CaseSummary[] }) {
  const intl = useIntl();
  const format = useFormat();
  const localized = useLocalized();
  const label = useEnumLabel();
  const none = intl.formatMessage({ id: 'common.none' });
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="case-cards">
      {cases.map((c) => {
        const facts: [string, string][] = [
          [
            'cases.col.age',
            c.child.birthDate
              ? `${intl.formatMessage({ id: 'cases.ageYears' }, { age: ageOf(c.child.birthDate) })} · ${format.date(c.child.birthDate)}`
              : none,
          ],
          [
            'cases.col.place',
            [localized(c.locationName), c.programmeName ? localized(c.programmeName) : null]
              .filter(Boolean)
              .join(' · '),
          ],
          ['cases.col.setting', c.settingType ? label('setting', c.settingType) : label('status', c.status)],
          ['cases.col.placedOn', c.placedOn ? format.date(c.placedOn) : none],
          ['cases.col.worker', c.workerName ?? intl.formatMessage({ id: 'cases.unassigned' })],
        ];
        return (
          <Paper component="li" withBorder p="sm" key={c.id}>
            <Group gap="xs" wrap="wrap">
              <Anchor component={Link} to={`/cases/${c.id}`} fw={700}>
                {c.caseNumber}
              </Anchor>
              <Text fw={500}>{personName(c.child)}</Text>
              {c.reEntry && (
                <Badge size="sm" color="grape.8" variant="light" tt="none">
                  <FormattedMessage id="cases.reEntry" />
                </Badge>
              )}
            </Group>
            <Text size="sm" c={c.overdue ? 'red' : undefined} fw={c.overdue ? 700 : undefined}>
              {intl.formatMessage({ id: 'cases.col.nextReview' })}:{' '}
              {c.nextReviewOn ? format.date(c.nextReviewOn) : none}
              {c.overdue && (
                <>
                  {' '}
                  <FormattedMessage id="cases.due.overdueParen" />
                </>
              )}
            </Text>
            {facts.map(([key, value]) => (
              <Text size="sm" key={key}>
                <Text span c="dimmed" size="sm">
                  {intl.formatMessage({ id: key })}:
                </Text>{' '}
                {value}
              </Text>
            ))}
          </Paper>
        );
      })}
    </Stack>
  );
}
