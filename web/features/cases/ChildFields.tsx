import { Checkbox, Fieldset, MultiSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { z } from 'zod';
import { PARENTAL_STATUSES } from '../../../common/cases';
import type { childInputSchema } from '../../../common/contracts/cases';
import { NATIONAL_ID_TYPES } from '../../../common/identity';
import { EnumSelect } from '../../components/fields/EnumSelect';
import { PersonNameFields } from '../../components/fields/PersonNameFields';
import { useNames } from '../../lib/format';
import { bindingsAt, type FieldsForm, orNull } from './form-bindings';

export type ChildForm = z.input<typeof childInputSchema>;

export const EMPTY_CHILD: ChildForm = {
  givenName: '',
  familyName: '',
  patronymic: '',
  sex: 'female',
  birthDate: '',
  birthDateEstimated: false,
  nationalIdType: null,
  nationalId: '',
  citizenship: 'AZ',
  languages: ['az'],
  disability: false,
  disabilityNote: '',
  parentalStatus: null,
};

/** Languages offered by name; a code already recorded is kept in the list, so it is never lost. */
const LANGUAGES = ['az', 'ru', 'tr', 'en', 'ka', 'hy', 'fa', 'ar', 'ku', 'uk'];
function languageCodes(recorded: unknown): string[] {
  return [...new Set([...LANGUAGES, ...(Array.isArray(recorded) ? recorded.map(String) : [])])];
}

/** The labels the child's fields are shown with (also used in error messages). */
export function useChildLabels() {
  const intl = useIntl();
  const l = (id: string) => intl.formatMessage({ id: `cases.person.${id}` });
  return {
    givenName: l('givenName'),
    familyName: l('familyName'),
    patronymic: l('patronymic'),
    sex: l('sex'),
    birthDate: l('birthDate'),
    birthDateEstimated: l('birthDateEstimated'),
    nationalIdType: l('nationalIdType'),
    nationalId: l('nationalId'),
    citizenship: l('citizenship'),
    languages: l('languages'),
    disability: l('disability'),
    disabilityNote: l('disabilityNote'),
    parentalStatus: l('parentalStatus'),
    legalGuardian: l('legalGuardian'),
    legalGuardianHint: l('legalGuardianHint'),
  };
}

/** The API's child, with the empty optional texts of the form sent as absent (null). */
export function childBody<C extends ChildForm>(child: C): C {
  return {
    ...child,
    patronymic: orNull(child.patronymic),
    nationalId: orNull(child.nationalId),
    citizenship: orNull(child.citizenship),
    disabilityNote: child.disability ? orNull(child.disabilityNote) : null,
    legalGuardian: orNull(child.legalGuardian),
  };
}

/** The child's personal details, bound to the form's fields under `path`. */
export function ChildFields({
  legend,
  form,
  path,
  children,
}: {
  legend: string;
  form: FieldsForm;
  path: string;
  children?: ReactNode;
}) {
  const labels = useChildLabels();
  const at = bindingsAt(form, path);
  const names = useNames();
  const citizenship = at.input('citizenship');
  const languages = at.input('languages');
  const disability = at.checkbox('disability');
  return (
    <Fieldset legend={legend}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <PersonNameFields form={form} path={path} sex birthDate={{ required: true }} />
        <Checkbox mt={{ sm: 32 }} label={labels.birthDateEstimated} {...at.checkbox('birthDateEstimated')} />
        <EnumSelect
          label={labels.nationalIdType}
          group="idType"
          values={NATIONAL_ID_TYPES}
          empty="choose"
          {...at.optionalChoice('nationalIdType')}
        />
        <TextInput label={labels.nationalId} {...at.input('nationalId')} />
        <TextInput
          label={labels.citizenship}
          // The code is typed ("TR"); the country's name confirms it in the reader's language.
          description={
            /^[A-Z]{2}$/.test(citizenship.value ?? '') ? names.country(citizenship.value) : 'AZ, TR, RU…'
          }
          maxLength={2}
          {...citizenship}
          // Country codes are capitals (the API checks /^[A-Z]{2}$/): typed "az" is kept as "AZ".
          onChange={(e) => citizenship.onChange(e.currentTarget.value.toUpperCase())}
        />
        <MultiSelect
          label={labels.languages}
          searchable
          data={languageCodes(languages.value).map((code) => ({ value: code, label: names.language(code) }))}
          {...languages}
        />
        <EnumSelect
          label={labels.parentalStatus}
          group="parentalStatus"
          values={PARENTAL_STATUSES}
          empty="choose"
          {...at.optionalChoice('parentalStatus')}
        />
        <TextInput
          label={labels.legalGuardian}
          description={labels.legalGuardianHint}
          {...at.input('legalGuardian')}
        />
        <Checkbox mt={{ sm: 32 }} label={labels.disability} {...disability} />
      </SimpleGrid>
      {disability.checked && (
        <Textarea mt="sm" label={labels.disabilityNote} {...at.input('disabilityNote')} />
      )}
      {children}
    </Fieldset>
  );
}
