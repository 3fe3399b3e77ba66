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
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ProgrammeView } from '../../../common/contracts/organisation';
import { groupBodySchema } from '../../../common/contracts/programmes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { clientFieldErrors, serverFieldErrors } from '../../lib/form-errors';
import { useLocalized } from '../../lib/format';
import { type GroupSummary, useChangeGroup, useCreateGroup, useGroupStaff } from './api';

interface Values {
  programmeId: string;
  name: string;
  capacity: number | string;
  startsOn: string;
  endsOn: string;
  absenceFollowUpDays: number | string;
  teacherId: string;
  status: 'active' | 'closed';
}

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
  const [values, setValues] = useState<Values>({
    programmeId: group?.programmeId ?? programmeId ?? programmes[0]?.id ?? '',
    name: group?.name ?? '',
    capacity: group?.capacity ?? 15,
    startsOn: group?.startsOn ?? '',
    endsOn: group?.endsOn ?? '',
    absenceFollowUpDays: group?.absenceFollowUpDays ?? 3,
    teacherId: group?.teacherId ?? '',
    status: group?.status ?? 'active',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const staff = useGroupStaff(values.programmeId || null);
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const label = (id: string) => intl.formatMessage({ id: `groups.field.${id}` });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = {
      programmeId: values.programmeId,
      name: values.name,
      capacity: Number(values.capacity),
      startsOn: values.startsOn || null,
      endsOn: values.endsOn || null,
      absenceFollowUpDays: Number(values.absenceFollowUpDays),
      teacherId: values.teacherId || null,
    };
    const checked = clientFieldErrors(intl, groupBodySchema.safeParse(body), {
      programmeId: label('programme'),
      name: label('name'),
      capacity: label('capacity'),
      startsOn: label('startsOn'),
      endsOn: label('endsOn'),
      absenceFollowUpDays: label('absenceFollowUpDays'),
    });
    setErrors(checked);
    if (Object.keys(checked).length) return;
    try {
      if (group) {
        const { programmeId: _p, ...rest } = body;
        await change.mutateAsync({ ...rest, version: group.version, status: values.status });
        onDone(group.id);
      } else {
        const created = await create.mutateAsync(body);
        onDone(created.id);
      }
    } catch (error) {
      setErrors(serverFieldErrors(error));
    }
  }

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
                value={values.programmeId}
                onChange={(e) => set('programmeId', e.currentTarget.value)}
                data={programmes.map((p) => ({ value: p.id, label: localized(p.name) }))}
                error={errors.programmeId}
              />
            )}
            <TextInput
              label={label('name')}
              required
              value={values.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              error={errors.name}
              maxLength={100}
            />
            <NumberInput
              label={label('capacity')}
              required
              min={1}
              max={500}
              allowDecimal={false}
              value={values.capacity}
              onChange={(v) => set('capacity', v)}
              error={errors.capacity}
            />
            <NumberInput
              label={label('absenceFollowUpDays')}
              description={intl.formatMessage({ id: 'groups.field.absenceFollowUpDaysHint' })}
              required
              min={1}
              max={60}
              allowDecimal={false}
              value={values.absenceFollowUpDays}
              onChange={(v) => set('absenceFollowUpDays', v)}
              error={errors.absenceFollowUpDays}
            />
            <NativeSelect
              label={label('teacher')}
              value={values.teacherId}
              onChange={(e) => set('teacherId', e.currentTarget.value)}
              data={[
                { value: '', label: intl.formatMessage({ id: 'groups.noTeacherOption' }) },
                ...teachers.map((u) => ({ value: u.id, label: u.displayName })),
                ...(group?.teacherId && !teachers.some((u) => u.id === group.teacherId)
                  ? [{ value: group.teacherId, label: group.teacherName ?? '' }]
                  : []),
              ]}
            />
            <DateField
              label={label('startsOn')}
              value={values.startsOn}
              onChange={(e) => set('startsOn', e.currentTarget.value)}
              error={errors.startsOn}
            />
            <DateField
              label={label('endsOn')}
              value={values.endsOn}
              onChange={(e) => set('endsOn', e.currentTarget.value)}
              error={errors.endsOn}
            />
            {group && (
              <NativeSelect
                label={label('status')}
                value={values.status}
                onChange={(e) => set('status', e.currentTarget.value as Values['status'])}
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
