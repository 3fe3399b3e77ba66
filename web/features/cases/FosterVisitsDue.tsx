import { Anchor, Badge, Button, Card, Group, List, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { useCan } from '../../lib/session';
import { useVisitsDue } from './api';

const LIMIT = 10;

/**
 * For the foster-care officer's start page: monitoring visits due within two weeks or overdue,
 * overdue first, each linking to the foster tab of the child's case.
 */
export function FosterVisitsDue() {
  const intl = useIntl();
  const format = useFormat();
  const canOpenCases = useCan('cases.read');
  const query = useVisitsDue();
  const [all, setAll] = useState(false);
  return (
    <Card withBorder component="section" aria-labelledby="visits-due-title">
      <Title order={2} size="h3" id="visits-due-title" mb="xs">
        <FormattedMessage id="cases.foster.visitsDueTitle" />
      </Title>
      <QueryState query={query}>
        {(visits) => {
          const sorted = [...visits].sort(
            (a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn),
          );
          const overdue = sorted.filter((v) => v.overdue).length;
          const shown = all ? sorted : sorted.slice(0, LIMIT);
          if (sorted.length === 0)
            return (
              <Text c="dimmed">
                <FormattedMessage id="cases.foster.noVisitsDue" />
              </Text>
            );
          return (
            <>
              {overdue > 0 && (
                <Text c="red" fw={700} mb="xs">
                  <FormattedMessage id="cases.foster.visitsOverdue" values={{ count: overdue }} />
                </Text>
              )}
              <List spacing="xs" listStyleType="none" ml={0} pl={0}>
                {shown.map((v) => {
                  const what = intl.formatMessage(
                    { id: 'cases.foster.visitDueItem' },
                    { child: v.childName, caseNumber: v.caseNumber, family: v.familyReference },
                  );
                  return (
                    <List.Item key={v.id} data-testid="visit-due">
                      <Group gap="xs" wrap="wrap">
                        {v.overdue ? (
                          <Badge color="red.8" variant="filled" tt="none">
                            <FormattedMessage id="cases.due.overdue" />
                          </Badge>
                        ) : (
                          <Badge color="yellow.9" variant="light" tt="none">
                            <FormattedMessage id="cases.due.soon" />
                          </Badge>
                        )}
                        {canOpenCases ? (
                          <Anchor component={Link} to={`/cases/${v.caseId}?tab=foster`}>
                            {what}
                          </Anchor>
                        ) : (
                          <Text>{what}</Text>
                        )}
                        <Text size="sm" c={v.overdue ? 'red' : 'dimmed'} fw={v.overdue ? 700 : undefined}>
                          <FormattedMessage id="cases.due.on" values={{ date: format.date(v.dueOn) }} />
                        </Text>
                      </Group>
                    </List.Item>
                  );
                })}
              </List>
              {sorted.length > shown.length && (
                <Button variant="subtle" size="compact-sm" mt="xs" onClick={() => setAll(true)}>
                  <FormattedMessage id="cases.due.showAll" values={{ count: sorted.length }} />
                </Button>
              )}
            </>
          );
        }}
      </QueryState>
    </Card>
  );
}
