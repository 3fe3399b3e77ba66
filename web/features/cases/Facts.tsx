import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

/** Label–value pairs as a description list (labels are message ids). */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  const intl = useIntl();
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing={4} m={0}>
      {items.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="sm" c="dimmed">
            {intl.formatMessage({ id: label })}
          </Text>
          <Text component="dd" m={0}>
            {value === null || value === undefined || value === '' ? (
              <FormattedMessage id="common.none" />
            ) : (
              value
            )}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
