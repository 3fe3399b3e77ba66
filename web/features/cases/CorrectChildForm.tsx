import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { type PersonView, updateChildBodySchema } from '../../../common/contracts/cases';
import { clientFieldErrors, serverFieldErrors } from '../../lib/form-errors';
import { useCorrectChild } from './api';
import { ChildFields, type ChildForm, useChildLabels } from './ChildFields';
import { ErrorAlert, orNull } from './shared';

function formOf(child: PersonView): ChildForm {
  return {
    givenName: child.givenName,
    familyName: child.familyName,
    patronymic: child.patronymic ?? '',
    sex: child.sex ?? 'female',
    birthDate: child.birthDate ?? '',
    birthDateEstimated: child.birthDateEstimated,
    nationalIdType: child.nationalIdType,
    nationalId: child.nationalId ?? '',
    citizenship: child.citizenship ?? '',
    languages: child.languages,
    disability: child.disability,
    disabilityNote: child.disabilityNote ?? '',
    parentalStatus: child.parentalStatus,
    legalGuardian: child.legalGuardian ?? '',
  };
}

/** The form's values as the API takes them: empty optional texts are absent (null). */
function normalised(form: ChildForm): Record<string, unknown> {
  return {
    ...form,
    patronymic: orNull(form.patronymic ?? ''),
    nationalId: orNull(form.nationalId ?? ''),
    citizenship: orNull(form.citizenship ?? ''),
    disabilityNote: form.disability ? orNull(form.disabilityNote ?? '') : null,
    legalGuardian: orNull(form.legalGuardian ?? ''),
  };
}

/**
 * Corrects the child's personal details: only the fields changed are sent, with the version
 * read (the identity number always with its document type, since one is checked against the other).
 */
export function CorrectChildForm({ caseId, child }: { caseId: string; child: PersonView }) {
  const intl = useIntl();
  const labels = useChildLabels();
  const correct = useCorrectChild(caseId);
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<ChildForm>(() => formOf(child));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage('');
    const before = normalised(formOf(child));
    const after = normalised(form);
    const changed = Object.fromEntries(
      Object.entries(after).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k])),
    );
    if ('nationalId' in changed || 'nationalIdType' in changed) {
      changed.nationalId = after.nationalId;
      changed.nationalIdType = after.nationalIdType;
    }
    if (Object.keys(changed).length === 0) {
      setMessage(intl.formatMessage({ id: 'cases.child.nothingChanged' }));
      return;
    }
    const checked = updateChildBodySchema.safeParse({ version: child.version, ...changed });
    setErrors(clientFieldErrors(intl, checked, labels));
    if (!checked.success) return;
    try {
      await correct.mutateAsync(checked.data);
      setOpen(false);
    } catch (e) {
      setErrors(serverFieldErrors(e));
    }
  }

  if (!open) {
    return (
      <Group>
        <Button
          variant="light"
          onClick={() => {
            setForm(formOf(child));
            setErrors({});
            setMessage('');
            correct.reset();
            setOpen(true);
          }}
        >
          <FormattedMessage id="cases.child.correct" />
        </Button>
      </Group>
    );
  }
  return (
    <Card withBorder component="section" aria-labelledby="correct-child-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="correct-child-title">
            <FormattedMessage id="cases.child.correct" />
          </Title>
          <ErrorAlert
            error={correct.error}
            onReload={() => {
              correct.reset();
              setOpen(false);
            }}
          />
          <ChildFields
            legend={intl.formatMessage({ id: 'cases.overview.child' })}
            value={form}
            errors={errors}
            onChange={setForm}
          />
          <Group justify="flex-end">
            {message && (
              <Text c="dimmed" role="status">
                {message}
              </Text>
            )}
            <Button variant="default" onClick={() => setOpen(false)}>
              <FormattedMessage id="cases.cancel" />
            </Button>
            <Button type="submit" loading={correct.isPending}>
              <FormattedMessage id="cases.child.save" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
