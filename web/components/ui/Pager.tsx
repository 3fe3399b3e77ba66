import { Group, Pagination, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';

export function Pager({
  page,
  pageSize,
  total,
  totalIsLowerBound = false,
  onChange,
}: {
  page: number;
  pageSize: number;
  total: number;
  /** The total was counted only a few pages ahead: show it as "N+" and let the pages go on. */
  totalIsLowerBound?: boolean;
  onChange(page: number): void;
}) {
  const intl = useIntl();
  const pages = Math.max(1, Math.ceil(total / pageSize)) + (totalIsLowerBound ? 1 : 0);
  // The arrows are icons: a screen reader needs their names (and which page is the current one).
  const controlNames = { previous: 'common.previous', next: 'common.next' } as Record<string, string>;
  return (
    <Group justify="space-between" mt="md">
      <Text size="sm" c="dimmed">
        <FormattedMessage
          id={totalIsLowerBound ? 'common.totalAtLeast' : 'common.total'}
          values={{ count: total }}
        />
      </Text>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={onChange}
          size="sm"
          getControlProps={(control) =>
            controlNames[control] ? { 'aria-label': intl.formatMessage({ id: controlNames[control] }) } : {}
          }
          getItemProps={(item) => ({
            'aria-label': intl.formatMessage({ id: 'common.page' }, { page: item }),
            'aria-current': item === page ? 'page' : undefined,
          })}
        />
      )}
    </Group>
  );
}
