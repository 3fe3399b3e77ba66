import { Anchor, Badge, Button, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { DueItem } from '../../../common/contracts/cases';
import { useFormat } from '../../lib/format';

const TAB_OF: Record<DueItem['kind'], string> = {
  review: 'reviews',
  care_plan_missing: 'care-plan',
  care_plan_approval: 'care-plan',
  gatekeeping_approval: 'gatekeeping',
  task: 'overview',
  follow_up: 'follow-ups',
};

/** What is due or overdue, overdue first (the server orders them), each linking to its tab. */
export function DueList({
  items,
  showChild = true,
  limit = 12,
}: {
  items: DueItem[];
  showChild?: boolean;
  limit?: number;
}) {
  const intl = useIntl();
  const format = useFormat();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, limit);
  if (items.length === 0) {
    return (
      <Text c="dimmed">
        <FormattedMessage id="cases.due.none" />
      </Text>
    );
  }
  return (
    <>
      <List spacing="xs" listStyleType="none" ml={0} pl={0}>
        {shown.map((item) => {
          const taskId = `cases.task.${item.title}`;
          const what = intl.formatMessage({
            id:
              item.kind !== 'task'
                ? `cases.dueKind.${item.kind}`
                : intl.messages[taskId]
                  ? taskId
                  : 'cases.task.other',
          });
          return (
            <List.Item key={`${item.kind}-${item.caseId}-${item.refId ?? ''}`} data-testid="due-item">
              <Group gap="xs" wrap="wrap">
                {item.overdue ? (
                  <Badge color="red.8" variant="filled" tt="none">
                    <FormattedMessage id="cases.due.overdue" />
                  </Badge>
                ) : item.dueOn ? (
                  <Badge color="yellow.9" variant="light" tt="none">
                    <FormattedMessage id="cases.due.soon" />
                  </Badge>
                ) : (
                  <Badge color="blue.8" variant="light" tt="none">
                    <FormattedMessage id="cases.due.waiting" />
                  </Badge>
                )}
                <Anchor component={Link} to={`/cases/${item.caseId}?tab=${TAB_OF[item.kind]}`}>
                  {showChild
                    ? intl.formatMessage(
                        { id: 'cases.due.itemFor' },
                        { what, child: item.childName, caseNumber: item.caseNumber },
                      )
                    : what}
                </Anchor>
                {item.dueOn && (
                  <Text size="sm" c={item.overdue ? 'red.8' : 'dimmed'} fw={item.overdue ? 700 : undefined}>
                    <FormattedMessage id="cases.due.on" values={{ date: format.date(item.dueOn) }} />
                  </Text>
                )}
              </Group>
            </List.Item>
          );
        })}
      </List>
      {items.length > shown.length && (
        <Button variant="subtle" size="compact-sm" mt="xs" onClick={() => setAll(true)}>
          <FormattedMessage id="cases.due.showAll" values={{ count: items.length }} />
        </Button>
      )}
    </>
  );
}
