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
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { enrolBodySchema } from '../../../common/contracts/programmes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { PersonPicker } from '../../components/PersonPicker';
import { isoToday } from '../../lib/dates';
import { clientFieldErrors, serverFieldErrors } from '../../lib/form-errors';
import { useCan, useSession } from '../../lib/session';
import { type EnrolmentView, type GroupDetail, useEnrol, useGroupStaff } from './api';
import { childName } from './shared';

/**
 * A child applies for a place in the group: a child already on file (found by name), or a
 * new child. They are enrolled if a place is free, else put on the waiting list.
 */
export function EnrolForm({ group, onDone }: { group: GroupDetail; onDone(): void }) {
  const intl = useIntl();
  const canSearch = useCan('cases.read');
  const enrol = useEnrol(group.id);
  const staff = useGroupStaff(group.programmeId);
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [personId, setPersonId] = useState<string | null>(null);
  const [child, setChild] = useState({
    givenName: '',
    familyName: '',
    patronymic: '',
    sex: '',
    birthDate: '',
  });
  const [appliedOn, setAppliedOn] = useState(isoToday());
  const { user } = useSession();
  // A social worker who enrols a child usually follows the family.
  const [workerId, setWorkerId] = useState(user?.role === 'social_worker' ? user.id : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<EnrolmentView | null>(null);
  const label = (id: string) => intl.formatMessage({ id: `groups.enrol.${id}` });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = {
      appliedOn,
      workerId: workerId || null,
      ...(mode === 'existing'
        ? { personId }
        : {
            child: {
              givenName: child.givenName,
              familyName: child.familyName,
              patronymic: child.patronymic || null,
              sex: child.sex as 'female' | 'male',
              birthDate: child.birthDate,
            },
          }),
    };
    const parsed = enrolBodySchema.safeParse(body);
    const fieldErrors = clientFieldErrors(intl, parsed, {
      personId: label('person'),
      appliedOn: label('appliedOn'),
    });
    if (!parsed.success && mode === 'new') {
      for (const issue of parsed.error.issues) {
        if (issue.path[0] === 'child' && issue.path[1]) {
          const field = String(issue.path[1]);
          fieldErrors[field] ??= intl.formatMessage(
            { id: 'error.field.invalid' },
            { field: label(field), minimum: 0, maximum: 0 },
          );
        }
      }
    }
    setErrors(fieldErrors);
    if (!parsed.success) return;
    try {
      const saved = await enrol.mutateAsync(body);
      setResult(saved);
      setChild({ givenName: '', familyName: '', patronymic: '', sex: '', birthDate: '' });
      setPersonId(null);
    } catch (error) {
      setErrors(serverFieldErrors(error));
    }
  }

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
              value={mode}
              onChange={(v) => setMode(v as 'new' | 'existing')}
              aria-label={label('who')}
              data={[
                { value: 'new', label: label('newChild') },
                { value: 'existing', label: label('existingChild') },
              ]}
              maw={480}
            />
          )}
          {mode === 'existing' ? (
            <PersonPicker label={label('person')} value={personId} onChange={setPersonId} />
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={label('familyName')}
                required
                value={child.familyName}
                onChange={(e) => setChild({ ...child, familyName: e.currentTarget.value })}
                error={errors.familyName}
                maxLength={100}
              />
              <TextInput
                label={label('givenName')}
                required
                value={child.givenName}
                onChange={(e) => setChild({ ...child, givenName: e.currentTarget.value })}
                error={errors.givenName}
                maxLength={100}
              />
              <TextInput
                label={label('patronymic')}
                value={child.patronymic}
                onChange={(e) => setChild({ ...child, patronymic: e.currentTarget.value })}
                maxLength={100}
              />
              <NativeSelect
                label={label('sex')}
                required
                value={child.sex}
                onChange={(e) => setChild({ ...child, sex: e.currentTarget.value })}
                error={errors.sex}
                data={[
                  { value: '', label: intl.formatMessage({ id: 'groups.choose' }) },
                  { value: 'female', label: label('female') },
                  { value: 'male', label: label('male') },
                ]}
              />
              <DateField
                label={label('birthDate')}
                required
                value={child.birthDate}
                onChange={(e) => setChild({ ...child, birthDate: e.currentTarget.value })}
                error={errors.birthDate}
              />
            </SimpleGrid>
          )}
          {errors.personId && mode === 'existing' && (
            <Alert color="red" role="alert">
              {errors.personId}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label={label('appliedOn')}
              required
              value={appliedOn}
              onChange={(e) => setAppliedOn(e.currentTarget.value)}
              error={errors.appliedOn}
            />
            <NativeSelect
              label={label('worker')}
              description={label('workerHint')}
              value={workerId}
              onChange={(e) => setWorkerId(e.currentTarget.value)}
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
