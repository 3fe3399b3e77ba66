import { Group, type GroupProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The row of filters above a list: one search landmark, named by `label`, so a screen reader
 * can jump to it, with the fields aligned on their inputs.
 */
export function FilterBar({ label, children, ...rest }: GroupProps & { label: string; children: ReactNode }) {
  return (
    <Group align="end" gap="sm" role="search" aria-label={label} {...rest}>
      {children}
    </Group>
  );
}
