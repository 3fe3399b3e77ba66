import { Button, Card, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod';
import {
  type FamilyMemberView,
  familyMemberInputSchema,
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
  type MemberForm,
  memberBody,
  useMemberLabels,
  useMemberStanding,
} from './FamilyMemberFields';
import { orNull } from './form-bindings';

/** The member as typed, checked as the API will take it (empty optional texts absent). */
const addMemberSchema = z.preprocess((member: MemberForm) => memberBody(member), familyMemberInputSchema);

export function AddMemberForm({ caseId, onDone }: { caseId: string; onDone(): void }) {
  const intl = useIntl();
  const labels = useMemberLabels();
  const add = useAddFamilyMember(caseId);
  const form = useSchemaForm(addMemberSchema, {
    initialValues: { ...EMPTY_MEMBER, birthDate: '' },
    labels,
  });
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
          <FamilyMemberFields
            legend={intl.formatMessage({ id: 'cases.family.newMember' })}
            form={form}
            path=""
          >
            <DateField mt="sm" label={labels.birthDate} {...form.getInputProps('birthDate')} />
          </FamilyMemberFields>
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
