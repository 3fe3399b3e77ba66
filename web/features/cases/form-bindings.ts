import type { GetInputPropsReturnType } from '@mantine/form';
import type { ChangeEvent } from 'react';

/** What a block of fields needs of a `useSchemaForm` form: its input bindings, by path. */
export type FieldsForm = {
  getInputProps(path: string, options?: { type?: 'input' | 'checkbox' }): GetInputPropsReturnType;
};

/** The bindings of the fields under `path` (`''`: the form's own fields). */
export function bindingsAt(form: FieldsForm, path: string) {
  const full = (name: string) => (path ? `${path}.${name}` : name);
  return {
    // Nothing recorded yet (null, or absent) shows as an empty input or an unticked box.
    input(name: string) {
      const props = form.getInputProps(full(name));
      return { ...props, value: props.value ?? '' };
    },
    checkbox(name: string) {
      const props = form.getInputProps(full(name), { type: 'checkbox' });
      return { ...props, checked: props.checked ?? false };
    },
    /** A choice that may be left open: the form holds null for it (the API's "not given"), never "". */
    optionalChoice(name: string) {
      const props = form.getInputProps(full(name));
      const onChange = (v: string | ChangeEvent<HTMLSelectElement>) => {
        const value = typeof v === 'string' ? v : v.currentTarget.value;
        props.onChange(value || null);
      };
      return { ...props, value: props.value ?? '', onChange };
    },
  };
}

/** Empty strings become null (optional fields the API wants absent rather than ""). */
export function orNull(value: string | null | undefined): string | null {
  return value == null || value.trim() === '' ? null : value;
}
