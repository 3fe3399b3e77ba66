import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod';
import { type PersonView, updateChildBodySchema } from '../../../common/contracts/cases';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSchemaForm } from '../../lib/form';
import { useCorrectChild } from './api';
import { ChildFields, type ChildForm, childBody, useChildLabels } from './ChildFields';

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

/**
 * Only the fields changed are sent (and checked), with the version read; the identity number
 * always with its document type, since one is checked against the other.
 */
function changesOf(child: PersonView) {
  const before: Record<string, unknown> = childBody(formOf(child));
  return (form: ChildForm) => {
    const after: Record<string, unknown> = childBody(form);
    const changed = Object.fromEntries(
      Object.entries(after).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k])),
    );
    if ('nationalId' in changed || 'nationalIdType' in changed) {
      changed.nationalId = after.nationalId;
      changed.nationalIdType = after.nationalIdType;
    }
    return { version: child.version, ...changed };
  };
}

/** Corrects the child's personal details. */
export function CorrectChildForm({ caseId, child }: { caseId: string; child: PersonView }) {
  const correct = useCorrectChild(caseId);
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Group>
        <Button
          variant="light"
          onClick={() => {
            correct.reset();
            setOpen(true);
          }}
        >
          <FormattedMessage id="cases.child.correct" />
        </Button>
      </Group>
    );
  }
  // Opened again, the form starts afresh from the child as last read.
  return <CorrectChildCard child={child} correct={correct} onClose={() => setOpen(false)} />;
}

function CorrectChildCard({
  child,
  correct,
  onClose,
}: {
  child: PersonView;
  correct: ReturnType<typeof useCorrectChild>;
  onClose(): void;
}) {
  const intl = useIntl();
  const changes = useMemo(() => changesOf(child), [child]);
  const schema = useMemo(() => z.preprocess(changes, updateChildBodySchema), [changes]);
  const form = useSchemaForm(schema, { initialValues: formOf(child), labels: useChildLabels() });
  const [message, setMessage] = useState('');
  return (
    <Card withBorder component="section" aria-labelledby="correct-child-title">
      <form
        onSubmit={(event) => {
          setMessage('');
          // Nothing changed is said before anything is checked (the schema adds its defaults).
          if (Object.keys(changes(form.getValues())).length === 1) {
            event.preventDefault();
            setMessage(intl.formatMessage({ id: 'cases.child.nothingChanged' }));
            return;
          }
          form.submitWith(async (body) => {
            await correct.mutateAsync(body);
            onClose();
          })(event);
        }}
        noValidate
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="correct-child-title">
            <FormattedMessage id="cases.child.correct" />
          </Title>
          <ErrorAlert
            error={correct.error}
            onReload={() => {
              correct.reset();
              onClose();
            }}
          />
          <ChildFields legend={intl.formatMessage({ id: 'cases.overview.child' })} form={form} path="" />
          <Group justify="flex-end">
            {message && (
              <Text c="dimmed" role="status">
                {message}
              </Text>
            )}
            <Button variant="default" onClick={onClose}>
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
