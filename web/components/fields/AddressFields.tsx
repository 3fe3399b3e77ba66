import { TextInput } from '@mantine/core';
import type { ComponentProps } from 'react';
import { PlaceSelect } from './PlaceSelect';

type InputProps = Omit<ComponentProps<typeof TextInput>, 'autoComplete'> & { label: string };
type PlaceProps = ComponentProps<typeof PlaceSelect> & { label: string };

/**
 * A postal address: the street address (required) and, where the form asks for it, the city or
 * district chosen from the places (stored as its code, so reports count one place as one row).
 */
export function AddressFields({ address, place }: { address: InputProps; place?: PlaceProps }) {
  return (
    <>
      <TextInput required autoComplete="street-address" {...address} />
      {place && <PlaceSelect {...place} />}
    </>
  );
}
