import { TextInput } from '@mantine/core';
import type { ComponentProps } from 'react';

type InputProps = Omit<ComponentProps<typeof TextInput>, 'autoComplete'> & { label: string };

/**
 * A postal address: the street address (required) and, where the form asks for it, the district.
 * Each takes its label and a form's `getInputProps`; the browser may fill both from its address book.
 */
export function AddressFields({ address, district }: { address: InputProps; district?: InputProps }) {
  return (
    <>
      <TextInput required autoComplete="street-address" {...address} />
      {district && <TextInput autoComplete="address-level2" {...district} />}
    </>
  );
}
