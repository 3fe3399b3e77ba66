import { Anchor, Badge, Button, Group, List, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { DueItem } from '../../../common/contracts/cases';
import { useFormat } from '../../lib/format';
import { useCan } from '../../lib/session';
import { useCompleteTask } from '../../lib/tasks';

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
  action,
}: {
  items: DueItem[];
  showChild?: boolean;
  limit?: number;
  /** Something to do about an item besides opening it (the team's view hands its case on). */
  action?: (item: DueItem) => ReactNode;
}) {
  const intl = useIntl();
  const format = useFormat();
  const canCloseTasks = useCan('programmes.manage');
  const complete = useCompleteTask();
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
          // A task about a child or family followed by a programme has no case: it links to the enrolment.
          const taskId = item.caseId ? `cases.task.${item.title}` : `groups.task.${item.title}`;
          const what = intl.formatMessage({
            id:
              item.kind !== 'task'
                ? `cases.dueKind.${item.kind}`
                : intl.messages[taskId]
                  ? taskId
                  : 'cases.task.other',
          });
          const text = !showChild
            ? what
            : item.caseId
              ? intl.formatMessage(
                  { id: 'cases.due.itemFor' },
                  { what, child: item.childName, caseNumber: item.caseNumber },
                )
              : intl.formatMessage({ id: 'groups.due.itemFor' }, { what, child: item.childName });
          const to = linkOf(item);
          return (
            <List.Item key={`${item.kind}-${item.caseId ?? ''}-${item.refId ?? ''}`} data-testid="due-item">
              <Group gap="xs" wrap="wrap">
                <DueBadge item={item} />
                {to ? (
                  <Anchor component={Link} to={to}>
                    {text}
                  </Anchor>
                ) : (
                  <Text span>{text}</Text>
                )}
                {item.dueOn && (
                  <Text size="sm" c={item.overdue ? 'red' : 'dimmed'} fw={item.overdue ? 700 : undefined}>
                    <FormattedMessage id="cases.due.on" values={{ date: format.date(item.dueOn) }} />
                  </Text>
                )}
                {!item.caseId && item.kind === 'task' && item.refId && canCloseTasks && (
                  <Button
                    size="compact-sm"
                    variant="light"
                    loading={complete.isPending && complete.variables === item.refId}
                    onClick={() => complete.mutate(item.refId!)}
                    aria-label={intl.formatMessage(
                      { id: 'groups.task.markDoneFor' },
                      { what, child: item.childName },
                    )}
                  >
                    <FormattedMessage id="groups.task.markDone" />
                  </Button>
                )}
                {action?.(item)}
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

/** Where an item is dealt with: its case's tab, else the household or the enrolment. */
function linkOf(item: DueItem): string | null {
  if (item.caseId) return `/cases/${item.caseId}?tab=${TAB_OF[item.kind]}`;
  // A family strengthening task opens the household (its enrolment is not a group's).
  if (item.householdId) return `/strengthening/${item.householdId}`;
  return item.enrolmentId ? `/enrolments/${item.enrolmentId}` : null;
}

/** Overdue, due soon, or waiting (no date: an approval, say). */
function DueBadge({ item }: { item: DueItem }) {
  if (item.overdue)
    return (
      <Badge color="red.8" variant="filled" tt="none">
        <FormattedMessage id="cases.due.overdue" />
      </Badge>
    );
  return item.dueOn ? (
    <Badge color="yellow.9" variant="light" tt="none">
      <FormattedMessage id="cases.due.soon" />
    </Badge>
  ) : (
    <Badge color="blue.8" variant="light" tt="none">
      <FormattedMessage id="cases.due.waiting" />
    </Badge>
  );
}
