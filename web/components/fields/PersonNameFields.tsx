import { TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useIntl } from 'react-intl';
import { DateField } from './DateField';
import { EnumSelect } from './EnumSelect';

/** What these fields need of a `useSchemaForm` form: its input bindings, by path. */
export type BindsInputs = { getInputProps(path: string): GetInputPropsReturnType };

export type PersonNameLabels = {
  familyName: string;
  givenName: string;
  patronymic: string;
  sex: string;
  birthDate: string;
};

/** The labels the person block shows by default (`cases.person.*`); a form may override some. */
export function usePersonNameLabels(overrides: Partial<PersonNameLabels> = {}): PersonNameLabels {
  const intl = useIntl();
  const l = (id: keyof PersonNameLabels) => overrides[id] ?? intl.formatMessage({ id: `cases.person.${id}` });
  return {
    familyName: l('familyName'),
    givenName: l('givenName'),
    patronymic: l('patronymic'),
    sex: l('sex'),
    birthDate: l('birthDate'),
  };
}

/**
 * Who a person is, as every form that records one asks it: family name, given name and
 * patronymic, and where the form wants them, sex and birth date — bound to a `useSchemaForm`
 * form at `path` (`''` for a form about one person, `children.0` for a row of a list).
 *
 * The inputs come without a wrapper so the caller lays them out in its own grid:
 *
 *   <SimpleGrid cols={3}>
 *     <PersonNameFields form={form} path={`adults.${i}`} birthDate={{ required: true, max: isoToday() }} />
 *   </SimpleGrid>
 */
export function PersonNameFields({
  form,
  path,
  labels,
  sex = false,
  birthDate,
  autoComplete,
}: {
  form: BindsInputs;
  path: string;
  labels?: Partial<PersonNameLabels>;
  /** Ask the sex (female / male). */
  sex?: boolean;
  /** Ask the birth date; `required` marks it, `max` limits the picker (e.g. today). */
  birthDate?: { required?: boolean; max?: string };
  /** true: the browser may fill in the user's own name (an applicant); false: it must not. */
  autoComplete?: boolean;
}) {
  const l = usePersonNameLabels(labels);
  // A person read from the server has null where nothing was recorded; an input shows that as empty.
  const at = (name: string) => {
    const props = form.getInputProps(path ? `${path}.${name}` : name);
    return { ...props, value: props.value ?? '' };
  };
  const fill = (token: string) => (autoComplete === undefined ? undefined : autoComplete ? token : 'off');
  return (
    <>
      <TextInput label={l.familyName} required autoComplete={fill('family-name')} {...at('familyName')} />
      <TextInput label={l.givenName} required autoComplete={fill('given-name')} {...at('givenName')} />
      <TextInput label={l.patronymic} {...at('patronymic')} />
      {sex && <EnumSelect label={l.sex} group="sex" values={['female', 'male']} {...at('sex')} />}
      {birthDate && (
        <DateField
          label={l.birthDate}
          required={birthDate.required}
          max={birthDate.max}
          {...at('birthDate')}
        />
      )}
    </>
  );
}
