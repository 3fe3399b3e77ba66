import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod';
import { enrolBodySchema } from '../../../common/contracts/programmes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { PersonPicker } from '../../components/PersonPicker';
import { isoToday } from '../../lib/dates';
import { useSchemaForm } from '../../lib/form';
import { useCan, useSession } from '../../lib/session';
import { type EnrolmentView, type GroupDetail, useEnrol, useGroupStaff } from './api';
import { childName } from './shared';

/** The message id under `groups.enrol.` of the fields whose name differs from their path. */
const LABEL_IDS: Record<string, string> = { personId: 'person', workerId: 'worker' };

const EMPTY_CHILD = { givenName: '', familyName: '', patronymic: '', sex: '', birthDate: '' };

/**
 * The application as the form holds it — a child on file or a new child's details, the select
 * values '' until chosen — sent as the contract's body and checked by the contract's schema,
 * so its messages land on the form's own paths (`child.givenName`, `personId`).
 */
const enrolFormSchema = z
  .object({
    mode: z.enum(['new', 'existing']),
    personId: z.string().nullable(),
    child: z.object({
      givenName: z.string(),
      familyName: z.string(),
      patronymic: z.string(),
      sex: z.string(),
      birthDate: z.string(),
    }),
    appliedOn: z.string(),
    workerId: z.string(),
  })
  // The sex is only cast here: the contract's schema, next, refuses anything but its values.
  .transform(
    ({ mode, personId, child, appliedOn, workerId }): z.input<typeof enrolBodySchema> => ({
      appliedOn,
      workerId: workerId || null,
      ...(mode === 'existing'
        ? { personId }
        : { child: { ...child, sex: child.sex as 'female', patronymic: child.patronymic || null } }),
    }),
  )
  .pipe(enrolBodySchema);

/**
 * A child applies for a place in the group: a child already on file (found by name), or a
 * new child. They are enrolled if a place is free, else put on the waiting list.
 */
export function EnrolForm({ group, onDone }: { group: GroupDetail; onDone(): void }) {
  const intl = useIntl();
  const canSearch = useCan('cases.read');
  const enrol = useEnrol(group.id);
  const staff = useGroupStaff(group.programmeId);
  const { user } = useSession();
  const [result, setResult] = useState<EnrolmentView | null>(null);
  const label = (id: string) => intl.formatMessage({ id: `groups.enrol.${id}` });
  const form = useSchemaForm(enrolFormSchema, {
    initialValues: {
      mode: 'new',
      personId: null,
      child: EMPTY_CHILD,
      appliedOn: isoToday(),
      // A social worker who enrols a child usually follows the family.
      workerId: user?.role === 'social_worker' ? user.id : '',
    },
    labels: (path) => label(LABEL_IDS[path] ?? path.split('.').at(-1) ?? path),
  });
  const { mode, personId } = form.getValues();
  const submit = form.submitWith(async (body) => {
    setResult(await enrol.mutateAsync(body));
    form.setValues({ child: EMPTY_CHILD, personId: null });
  });

  return (
    <Card withBorder component="section" aria-label={intl.formatMessage({ id: 'groups.enrol.title' })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3">
            <FormattedMessage id="groups.enrol.title" />
          </Title>
          <ErrorAlert error={enrol.error} onReload={() => enrol.reset()} />
          {result && (
            <Alert color="teal" role="status">
              {result.status === 'enrolled' ? (
                <FormattedMessage id="groups.enrol.enrolled" values={{ child: childName(result.child) }} />
              ) : (
                <FormattedMessage
                  id="groups.enrol.waiting"
                  values={{ child: childName(result.child), position: result.waitingPosition ?? 0 }}
                />
              )}
            </Alert>
          )}
          {canSearch && (
            <SegmentedControl
              {...form.getInputProps('mode')}
              aria-label={label('who')}
              data={[
                { value: 'new', label: label('newChild') },
                { value: 'existing', label: label('existingChild') },
              ]}
              maw={480}
            />
          )}
          {mode === 'existing' ? (
            <PersonPicker
              label={label('person')}
              value={personId}
              onChange={(id) => form.setFieldValue('personId', id)}
            />
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={label('familyName')}
                required
                {...form.getInputProps('child.familyName')}
                maxLength={100}
              />
              <TextInput
                label={label('givenName')}
                required
                {...form.getInputProps('child.givenName')}
                maxLength={100}
              />
              <TextInput
                label={label('patronymic')}
                {...form.getInputProps('child.patronymic')}
                maxLength={100}
              />
              <NativeSelect
                label={label('sex')}
                required
                {...form.getInputProps('child.sex')}
                data={[
                  { value: '', label: intl.formatMessage({ id: 'groups.choose' }) },
                  { value: 'female', label: label('female') },
                  { value: 'male', label: label('male') },
                ]}
              />
              <DateField label={label('birthDate')} required {...form.getInputProps('child.birthDate')} />
            </SimpleGrid>
          )}
          {form.errors.personId && mode === 'existing' && (
            <Alert color="red" role="alert">
              {form.errors.personId}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField label={label('appliedOn')} required {...form.getInputProps('appliedOn')} />
            <NativeSelect
              label={label('worker')}
              description={label('workerHint')}
              {...form.getInputProps('workerId')}
              data={[
                { value: '', label: intl.formatMessage({ id: 'groups.enrol.noWorker' }) },
                ...(staff.data?.workers ?? []).map((w) => ({ value: w.id, label: w.displayName })),
              ]}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={enrol.isPending}>
              <FormattedMessage id="groups.enrol.submit" />
            </Button>
            <Button variant="default" onClick={onDone}>
              <FormattedMessage id="groups.close" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
