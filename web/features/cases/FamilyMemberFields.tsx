import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { z } from 'zod';
import { PARENTAL_RIGHTS, RELATIONSHIPS } from '../../../common/cases';
import type { familyMemberInputSchema } from '../../../common/contracts/cases';
import { EnumSelect } from './shared';

export type MemberForm = z.input<typeof familyMemberInputSchema>;

export const EMPTY_MEMBER: MemberForm = {
  givenName: '',
  familyName: '',
  patronymic: '',
  relationship: 'mother',
  alive: 'unknown',
  whereabouts: '',
  parentalRights: 'unknown',
};

export function useMemberLabels() {
  const intl = useIntl();
  const l = (id: string) => intl.formatMessage({ id: `cases.person.${id}` });
  return {
    relationship: l('relationship'),
    givenName: l('givenName'),
    familyName: l('familyName'),
    patronymic: l('patronymic'),
    alive: l('alive'),
    whereabouts: l('whereabouts'),
    parentalRights: l('parentalRights'),
  };
}

/** One member of the birth family, as the referral records them. */
export function FamilyMemberFields({
  legend,
  value,
  errors,
  onChange,
  children,
}: {
  legend: string;
  value: MemberForm;
  errors: Record<string, string>;
  onChange(value: MemberForm): void;
  children?: ReactNode;
}) {
  const labels = useMemberLabels();
  const set = (patch: Partial<MemberForm>) => onChange({ ...value, ...patch });
  return (
    <Fieldset legend={legend}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <EnumSelect
          label={labels.relationship}
          group="relationship"
          values={RELATIONSHIPS}
          value={value.relationship}
          error={errors.relationship}
          onChange={(v) => set({ relationship: v as MemberForm['relationship'] })}
        />
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
          label={labels.alive}
          group="alive"
          values={['yes', 'no', 'unknown']}
          value={value.alive ?? 'unknown'}
          onChange={(v) => set({ alive: v as MemberForm['alive'] })}
        />
        <EnumSelect
          label={labels.parentalRights}
          group="parentalRights"
          values={PARENTAL_RIGHTS}
          value={value.parentalRights ?? 'unknown'}
          onChange={(v) => set({ parentalRights: v as MemberForm['parentalRights'] })}
        />
      </SimpleGrid>
      <TextInput
        mt="sm"
        label={labels.whereabouts}
        value={value.whereabouts ?? ''}
        error={errors.whereabouts}
        onChange={(e) => set({ whereabouts: e.currentTarget.value })}
      />
      {children}
    </Fieldset>
  );
}
