import { Checkbox, Fieldset, SimpleGrid, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { z } from 'zod';
import { PARENTAL_STATUSES } from '../../../common/cases';
import type { childInputSchema } from '../../../common/contracts/cases';
import { NATIONAL_ID_TYPES } from '../../../common/identity';
import { DateField, EnumSelect } from './shared';

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

export function ChildFields({
  legend,
  value,
  errors,
  onChange,
  children,
}: {
  legend: string;
  value: ChildForm;
  errors: Record<string, string>;
  onChange(value: ChildForm): void;
  children?: ReactNode;
}) {
  const labels = useChildLabels();
  const set = (patch: Partial<ChildForm>) => onChange({ ...value, ...patch });
  return (
    <Fieldset legend={legend}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <TextInput
          label={labels.familyName}
          required
          value={value.familyName}
          error={errors.familyName}
          onChange={(e) => set({ familyName: e.currentTarget.value })}
        />
        <TextInput
          label={labels.givenName}
          required
          value={value.givenName}
          error={errors.givenName}
          onChange={(e) => set({ givenName: e.currentTarget.value })}
        />
        <TextInput
          label={labels.patronymic}
          value={value.patronymic ?? ''}
          error={errors.patronymic}
          onChange={(e) => set({ patronymic: e.currentTarget.value })}
        />
        <EnumSelect
          label={labels.sex}
          group="sex"
          values={['female', 'male']}
          value={value.sex}
          error={errors.sex}
          onChange={(v) => set({ sex: v as ChildForm['sex'] })}
        />
        <DateField
          label={labels.birthDate}
          required
          value={value.birthDate}
          error={errors.birthDate}
          onChange={(e) => set({ birthDate: e.currentTarget.value })}
        />
        <Checkbox
          mt={{ sm: 32 }}
          label={labels.birthDateEstimated}
          checked={value.birthDateEstimated ?? false}
          onChange={(e) => set({ birthDateEstimated: e.currentTarget.checked })}
        />
        <EnumSelect
          label={labels.nationalIdType}
          group="idType"
          values={NATIONAL_ID_TYPES}
          empty="choose"
          value={value.nationalIdType ?? ''}
          error={errors.nationalIdType}
          onChange={(v) => set({ nationalIdType: (v || null) as ChildForm['nationalIdType'] })}
        />
        <TextInput
          label={labels.nationalId}
          value={value.nationalId ?? ''}
          error={errors.nationalId}
          onChange={(e) => set({ nationalId: e.currentTarget.value })}
        />
        <TextInput
          label={labels.citizenship}
          description="AZ, TR, RU…"
          maxLength={2}
          value={value.citizenship ?? ''}
          error={errors.citizenship}
          onChange={(e) => set({ citizenship: e.currentTarget.value.toUpperCase() })}
        />
        <TagsInput
          label={labels.languages}
          description="az, ru, tr, en"
          data={['az', 'ru', 'tr', 'en', 'ka', 'hy']}
          value={value.languages ?? []}
          error={errors.languages}
          onChange={(languages) => set({ languages })}
        />
        <EnumSelect
          label={labels.parentalStatus}
          group="parentalStatus"
          values={PARENTAL_STATUSES}
          empty="choose"
          value={value.parentalStatus ?? ''}
          error={errors.parentalStatus}
          onChange={(v) => set({ parentalStatus: (v || null) as ChildForm['parentalStatus'] })}
        />
        <TextInput
          label={labels.legalGuardian}
          description={labels.legalGuardianHint}
          value={value.legalGuardian ?? ''}
          error={errors.legalGuardian}
          onChange={(e) => set({ legalGuardian: e.currentTarget.value })}
        />
        <Checkbox
          mt={{ sm: 32 }}
          label={labels.disability}
          checked={value.disability ?? false}
          onChange={(e) => set({ disability: e.currentTarget.checked })}
        />
      </SimpleGrid>
      {value.disability && (
        <Textarea
          mt="sm"
          label={labels.disabilityNote}
          value={value.disabilityNote ?? ''}
          error={errors.disabilityNote}
          onChange={(e) => set({ disabilityNote: e.currentTarget.value })}
        />
      )}
      {children}
    </Fieldset>
  );
}
