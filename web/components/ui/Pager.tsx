import { Group, Pagination, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';

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
  const pages = Math.max(1, Math.ceil(total / pageSize)) + (totalIsLowerBound ? 1 : 0);
  return (
    <Group justify="space-between" mt="md">
      <Text size="sm" c="dimmed">
        <FormattedMessage
          id={totalIsLowerBound ? 'common.totalAtLeast' : 'common.total'}
          values={{ count: total }}
        />
      </Text>
      {pages > 1 && <Pagination total={pages} value={page} onChange={onChange} size="sm" />}
    </Group>
  );
}
