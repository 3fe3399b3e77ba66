import {
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ProgrammeView } from '../../../common/contracts/organisation';
import { groupBodySchema, groupUpdateSchema } from '../../../common/contracts/programmes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { useSchemaForm } from '../../lib/form';
import { chosenOrNull } from '../../lib/form-values';
import { useLocalized } from '../../lib/format';
import { type GroupSummary, useChangeGroup, useCreateGroup, useGroupStaff } from './api';

/** The group as the form holds it: dates and teacher are '' until given; status only counts when editing. */
const groupFormSchema = groupBodySchema.extend({
  startsOn: chosenOrNull(groupBodySchema.shape.startsOn),
  endsOn: chosenOrNull(groupBodySchema.shape.endsOn),
  teacherId: chosenOrNull(groupBodySchema.shape.teacherId),
  status: groupUpdateSchema.shape.status,
});

/** The message id under `groups.field.` of the fields whose name differs from their path. */
const FIELD_LABELS: Record<string, string> = { programmeId: 'programme', teacherId: 'teacher' };

/** Creates a group of a programme, or edits one (`group` given). */
export function GroupForm({
  programmes = [],
  programmeId = null,
  group,
  onDone,
}: {
  programmes?: ProgrammeView[];
  programmeId?: string | null;
  group?: GroupSummary;
  onDone(id: string | null): void;
}) {
  const intl = useIntl();
  const localized = useLocalized();
  const create = useCreateGroup();
  const change = useChangeGroup(group?.id ?? '');
  const mutation = group ? change : create;
  const label = (id: string) => intl.formatMessage({ id: `groups.field.${id}` });
  const form = useSchemaForm(groupFormSchema, {
    initialValues: {
      programmeId: group?.programmeId ?? programmeId ?? programmes[0]?.id ?? '',
      name: group?.name ?? '',
      capacity: group?.capacity ?? 15,
      startsOn: group?.startsOn ?? '',
      endsOn: group?.endsOn ?? '',
      absenceFollowUpDays: group?.absenceFollowUpDays ?? 3,
      teacherId: group?.teacherId ?? '',
      status: group?.status ?? 'active',
    },
    labels: (path) => label(FIELD_LABELS[path] ?? path),
  });
  const staff = useGroupStaff(form.getValues().programmeId || null);

  const submit = form.submitWith(async ({ programmeId: chosen, status, ...fields }) => {
    if (group) {
      await change.mutateAsync({ ...fields, version: group.version, status });
      onDone(group.id);
    } else {
      const created = await create.mutateAsync({ ...fields, programmeId: chosen });
      onDone(created.id);
    }
  });

  const teachers = staff.data?.teachers ?? [];
  const titleId = group ? 'groups.edit' : 'groups.new';
  return (
    <Card withBorder component="section" aria-label={intl.formatMessage({ id: titleId })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3">
            <FormattedMessage id={titleId} />
          </Title>
          <ErrorAlert error={mutation.error} onReload={() => mutation.reset()} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {!group && (
              <NativeSelect
                label={label('programme')}
                required
                data={programmes.map((p) => ({ value: p.id, label: localized(p.name) }))}
                {...form.getInputProps('programmeId')}
              />
            )}
            <TextInput label={label('name')} required {...form.getInputProps('name')} maxLength={100} />
            <NumberInput
              label={label('capacity')}
              required
              min={1}
              max={500}
              allowDecimal={false}
              {...form.getInputProps('capacity')}
            />
            <NumberInput
              label={label('absenceFollowUpDays')}
              description={intl.formatMessage({ id: 'groups.field.absenceFollowUpDaysHint' })}
              required
              min={1}
              max={60}
              allowDecimal={false}
              {...form.getInputProps('absenceFollowUpDays')}
            />
            <NativeSelect
              label={label('teacher')}
              {...form.getInputProps('teacherId')}
              data={[
                { value: '', label: intl.formatMessage({ id: 'groups.noTeacherOption' }) },
                ...teachers.map((u) => ({ value: u.id, label: u.displayName })),
                ...(group?.teacherId && !teachers.some((u) => u.id === group.teacherId)
                  ? [{ value: group.teacherId, label: group.teacherName ?? '' }]
                  : []),
              ]}
            />
            <DateField label={label('startsOn')} {...form.getInputProps('startsOn')} />
            <DateField label={label('endsOn')} {...form.getInputProps('endsOn')} />
            {group && (
              <NativeSelect
                label={label('status')}
                {...form.getInputProps('status')}
                data={(['active', 'closed'] as const).map((s) => ({
                  value: s,
                  label: intl.formatMessage({ id: `groups.groupStatus.${s}` }),
                }))}
              />
            )}
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              <FormattedMessage id={group ? 'groups.saveGroup' : 'groups.create'} />
            </Button>
            <Button variant="default" onClick={() => onDone(null)}>
              <FormattedMessage id="groups.cancel" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
