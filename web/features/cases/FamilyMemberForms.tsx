import { Button, Card, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod';
import {
  addFamilyMemberBodySchema,
  type FamilyMemberView,
  familyMemberUpdateSchema,
} from '../../../common/contracts/cases';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { useSchemaForm } from '../../lib/form';
import { personName } from '../../lib/person-name';
import { useAddFamilyMember, useEditFamilyMember } from './api';
import {
  EMPTY_MEMBER,
  FamilyMemberFields,
  memberBody,
  useMemberLabels,
  useMemberStanding,
} from './FamilyMemberFields';
import {
  LikelyOnFile,
  LinkedPerson,
  type OnFilePerson,
  SiblingFamilyOffer,
  useFamilySuggestions,
} from './FamilyOnFile';
import { orNull } from './form-bindings';

/** The member as typed, checked as the API will take it (empty optional texts absent). */
const addMemberSchema = z.preprocess(
  (member: AddMemberForm) => ({
    ...memberBody(member),
    confirmNewReason: member.existingPersonId ? null : orNull(member.confirmNewReason),
  }),
  addFamilyMemberBodySchema,
);
type AddMemberForm = z.input<typeof addFamilyMemberBodySchema>;

/**
 * A new member of the child's family: a person already on file (a brother's or sister's
 * relative, offered first, or a likely duplicate of the name typed) is chosen and linked; a
 * new person while likely ones are shown needs a reason.
 */
export function AddMemberForm({
  caseId,
  inFamily,
  onDone,
}: {
  caseId: string;
  /** The persons already in the child's family. */
  inFamily: Set<string>;
  onDone(): void;
}) {
  const intl = useIntl();
  const labels = useMemberLabels();
  const add = useAddFamilyMember(caseId);
  const form = useSchemaForm(addMemberSchema, {
    initialValues: { ...EMPTY_MEMBER, birthDate: '', existingPersonId: null, confirmNewReason: '' },
    labels: { ...labels, confirmNewReason: intl.formatMessage({ id: 'cases.family.dup.reasonLabel' }) },
  });
  const suggestions = useFamilySuggestions(caseId, form.values);
  const chosen = form.values.existingPersonId ? form.values : null;
  const choose = (p: OnFilePerson) =>
    form.setValues({
      existingPersonId: p.personId,
      givenName: p.givenName,
      familyName: p.familyName,
      patronymic: p.patronymic ?? '',
      birthDate: p.birthDate ?? '',
      confirmNewReason: '',
    });
  const reason = form.getInputProps('confirmNewReason');
  return (
    <Card withBorder component="section" aria-labelledby="add-member-title">
      <form
        onSubmit={form.submitWith(async (member) => {
          await add.mutateAsync(member);
          onDone();
        })}
        noValidate
      >
        <Stack gap="sm">
          <Title order={3} size="h4" id="add-member-title">
            <FormattedMessage id="cases.referral.addMember" />
          </Title>
          <ErrorAlert error={add.error} />
          {chosen ? (
            <LinkedPerson
              person={{
                personId: chosen.existingPersonId!,
                givenName: chosen.givenName,
                familyName: chosen.familyName,
                patronymic: chosen.patronymic ?? null,
                birthDate: chosen.birthDate || null,
              }}
              onUndo={() => form.setValues({ ...EMPTY_MEMBER, birthDate: '', existingPersonId: null })}
            />
          ) : (
            <SiblingFamilyOffer found={suggestions.data} onChoose={choose} />
          )}
          <FamilyMemberFields
            legend={intl.formatMessage({ id: 'cases.family.newMember' })}
            form={form}
            path=""
            hideNames={Boolean(chosen)}
          >
            {!chosen && <DateField mt="sm" label={labels.birthDate} {...form.getInputProps('birthDate')} />}
          </FamilyMemberFields>
          {!chosen && (
            <LikelyOnFile
              found={suggestions.data}
              inFamily={inFamily}
              onChoose={choose}
              reason={{ value: reason.value, error: reason.error, onChange: reason.onChange }}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              <FormattedMessage id="cases.cancel" />
            </Button>
            <Button type="submit" loading={add.isPending}>
              <FormattedMessage id="cases.family.add" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** What of a member may change, as typed: the version comes from the record read. */
const editMemberSchema = familyMemberUpdateSchema.omit({ version: true });

/** Relationship, whether alive, whereabouts and parental rights change; the name does not. */
export function EditMemberForm({ member, onDone }: { member: FamilyMemberView; onDone(): void }) {
  const intl = useIntl();
  const labels = useMemberLabels();
  const edit = useEditFamilyMember();
  const form = useSchemaForm(editMemberSchema, {
    initialValues: {
      relationship: member.relationship,
      alive: member.alive,
      whereabouts: member.whereabouts ?? '',
      parentalRights: member.parentalRights,
    },
    labels,
  });
  const standing = useMemberStanding(form, '');
  const titleId = `edit-member-${member.id}`;
  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <form
        onSubmit={form.submitWith(async (values) => {
          await edit.mutateAsync({
            id: member.id,
            body: { ...values, version: member.version, whereabouts: orNull(values.whereabouts) },
          });
          onDone();
        })}
        noValidate
      >
        <Stack gap="sm">
          <Title order={3} size="h4" id={titleId}>
            {intl.formatMessage({ id: 'cases.family.changeOf' }, { name: personName(member.person) })}
          </Title>
          {/* After a reload the member is read again: its new version remounts this form with it. */}
          <ErrorAlert error={edit.error} onReload={() => edit.reset()} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {standing.relationship}
            {standing.alive}
            {standing.parentalRights}
          </SimpleGrid>
          {standing.whereabouts}
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              <FormattedMessage id="cases.cancel" />
            </Button>
            <Button type="submit" loading={edit.isPending}>
              <FormattedMessage id="cases.family.save" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
