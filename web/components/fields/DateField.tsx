import { TextInput } from '@mantine/core';
import type { ComponentProps } from 'react';

/** A calendar date typed or picked in the browser's own date control (ISO value). */
export function DateField(props: Omit<ComponentProps<typeof TextInput>, 'type'>) {
  return <TextInput type="date" w={{ base: '100%', xs: 200 }} {...props} />;
}
