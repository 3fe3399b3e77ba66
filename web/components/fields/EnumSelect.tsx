import { NativeSelect } from '@mantine/core';
import type { ChangeEvent, ComponentProps } from 'react';
import { useEnumOptions } from '../../lib/enum-labels';

type Props = Omit<ComponentProps<typeof NativeSelect>, 'data' | 'onChange'> & {
  group: string;
  values: readonly string[];
  empty?: 'any' | 'choose';
  /** Called with the chosen value; a form's `getInputProps` handler works too. */
  onChange(value: string): void;
};

/** A select of one coded value, labelled `cases.<group>.<value>`. */
export function EnumSelect({ group, values, empty, onChange, ...rest }: Props) {
  const options = useEnumOptions();
  return (
    <NativeSelect
      {...rest}
      data={options(group, values, empty)}
      onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(e.currentTarget.value)}
    />
  );
}
