import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod';
import { requirementsBatchSchema } from '../../../common/contracts/foster-requirements';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { useSchemaForm } from '../../lib/form';
import { chosenOrNull } from '../../lib/form-values';
import { type RequirementView, useChangeRequirements } from './api';
import { useFosterLabel } from './shared';

const STATUSES = ['complete', 'incomplete', 'waived'] as const;

/**
 * The form's values are the contract's state, date and reason; which requirements are ticked
 * lives in the table, and their versions are added when saving (they move on after a save).
 */
const batchFormSchema = requirementsBatchSchema.omit({ requirements: true }).extend({
  completedOn: chosenOrNull(z.iso.date()),
});

/** One save for every ticked requirement: the same state, with its date or the waiver's reason. */
export function RequirementsBatchForm({
  familyId,
  requirements,
  chosen,
  onSaved,
}: {
  familyId: string;
  requirements: RequirementView[];
  chosen: string[];
  onSaved(): void;
}) {
  const intl = useIntl();
  const label = useFosterLabel();
  const change = useChangeRequirements(familyId);
  const t = (id: string) => intl.formatMessage({ id: `foster.requirements.${id}` });
  const form = useSchemaForm(batchFormSchema, {
    initialValues: { status: 'complete', completedOn: isoToday(), waivedReason: '' },
    labels: { status: t('newStatus'), completedOn: t('completedOn'), waivedReason: t('waiverReason') },
  });
  const status = form.getValues().status;
  const versions = new Map(requirements.map((r) => [r.id, r.version]));
  const save = form.submitWith(async (values) => {
    await change.mutateAsync({
      requirements: chosen.map((id) => ({ id, version: versions.get(id) ?? 0 })),
      status: values.status,
      completedOn: values.status === 'complete' ? values.completedOn : null,
      waivedReason: values.status === 'waived' ? values.waivedReason : null,
    });
    onSaved();
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="foster-requirements-batch">
      <form onSubmit={save} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h5" id="foster-requirements-batch">
            <FormattedMessage id="foster.requirements.batchTitle" />
          </Title>
          <Text size="sm" c="dimmed">
            <FormattedMessage id="foster.requirements.batchHint" />
          </Text>
          <ErrorAlert error={change.error} reloadKey={['foster', familyId]} onReload={() => change.reset()} />
          <Group align="flex-start" wrap="wrap">
            <NativeSelect
              label={t('newStatus')}
              data={STATUSES.map((s) => ({ value: s, label: label('requirementAction', s) }))}
              {...form.getInputProps('status')}
            />
            {status === 'complete' && (
              <DateField label={t('completedOn')} max={isoToday()} {...form.getInputProps('completedOn')} />
            )}
            {status === 'waived' && (
              <TextInput
                label={t('waiverReason')}
                required
                maxLength={1000}
                w={{ base: '100%', xs: 320 }}
                {...form.getInputProps('waivedReason')}
              />
            )}
          </Group>
          <Group>
            <Button type="submit" loading={change.isPending} disabled={chosen.length === 0}>
              <FormattedMessage id="foster.requirements.saveChosen" values={{ count: chosen.length }} />
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
