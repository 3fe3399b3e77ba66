import { Box, Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { z } from 'zod';
import { PARENTAL_RIGHTS, RELATIONSHIPS } from '../../../common/cases';
import type { familyMemberInputSchema } from '../../../common/contracts/cases';
import { EnumSelect } from '../../components/fields/EnumSelect';
import { PersonNameFields } from '../../components/fields/PersonNameFields';
import { bindingsAt, type FieldsForm, orNull } from './form-bindings';

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
    birthDate: l('birthDate'),
  };
}

/** The API's family member, with the empty optional texts of the form sent as absent (null). */
export function memberBody<M extends MemberForm>(member: M): M {
  return {
    ...member,
    patronymic: orNull(member.patronymic),
    whereabouts: orNull(member.whereabouts),
    birthDate: orNull(member.birthDate),
  };
}

/** How the member stands to the child: the relationship, whether alive, and parental rights. */
export function useMemberStanding(form: FieldsForm, path: string) {
  const labels = useMemberLabels();
  const at = bindingsAt(form, path);
  return {
    relationship: (
      <EnumSelect
        label={labels.relationship}
        group="relationship"
        values={RELATIONSHIPS}
        {...at.input('relationship')}
      />
    ),
    alive: (
      <EnumSelect
        label={labels.alive}
        group="alive"
        values={['yes', 'no', 'unknown']}
        {...at.input('alive')}
      />
    ),
    parentalRights: (
      <EnumSelect
        label={labels.parentalRights}
        group="parentalRights"
        values={PARENTAL_RIGHTS}
        {...at.input('parentalRights')}
      />
    ),
    whereabouts: <TextInput label={labels.whereabouts} {...at.input('whereabouts')} />,
  };
}

/** One member of the birth family, as the referral records them, bound to the fields under `path`. */
export function FamilyMemberFields({
  legend,
  form,
  path,
  children,
  hideNames = false,
}: {
  legend: string;
  form: FieldsForm;
  path: string;
  children?: ReactNode;
  /** A person already on file is linked: their name is theirs, not typed. */
  hideNames?: boolean;
}) {
  const standing = useMemberStanding(form, path);
  return (
    <Fieldset legend={legend}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {standing.relationship}
        {!hideNames && <PersonNameFields form={form} path={path} />}
        {standing.alive}
        {standing.parentalRights}
      </SimpleGrid>
      <Box mt="sm">{standing.whereabouts}</Box>
      {children}
    </Fieldset>
  );
}
