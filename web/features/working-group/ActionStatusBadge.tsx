import { Badge } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { ActionItem } from '../../../common/contracts/working-group';

/** An action item's status, and "Overdue" in red before it when it is. */
export function ActionStatusBadge({ item }: { item: Pick<ActionItem, 'status' | 'overdue'> }) {
  return (
    <>
      {item.overdue && (
        <Badge color="red.8" variant="filled" tt="none" mr={4}>
          <FormattedMessage id="workingGroup.action.overdue" />
        </Badge>
      )}
      <Badge color={item.status === 'done' ? 'teal.8' : 'gray.7'} variant="light" tt="none">
        <FormattedMessage id={`workingGroup.action.status.${item.status}`} />
      </Badge>
    </>
  );
}
