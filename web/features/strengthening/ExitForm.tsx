import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { SEPARATION_REASONS } from '../../../common/cases';
import { EXIT_OUTCOMES, EXIT_REASONS } from '../../../common/strengthening';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { type SchemaForm, useSchemaForm } from '../../lib/form';
import { personName } from '../../lib/person-name';
import { type EnrolmentView, type HouseholdDetail, useExit } from './api';
import { type ExitFormInput, exitFormSchema } from './enrolment-schemas';
import { useFsOptions } from './shared';

const LABELS: Record<string, string> = {
  outcome: 'strengthening.enrolment.outcome',
  exitedOn: 'strengthening.enrolment.exitedOn',
  reason: 'strengthening.exit.reason',
  note: 'strengthening.exit.note',
  childIds: 'strengthening.exit.children',
  reasons: 'strengthening.exit.reasons',
  description: 'strengthening.exit.description',
};

const EMPTY = (): ExitFormInput => ({
  outcome: 'graduated_self_reliant',
  exitedOn: isoToday(),
  reason: '',
  note: '',
  separation: { childIds: [], reasons: [], description: '' },
});

/** "Exit", opening the exit's form (closed again, it starts afresh). */
export function ExitForm({ household, enrolment }: { household: HouseholdDetail; enrolment: EnrolmentView }) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Group>
        <Button variant="default" color="red" size="xs" onClick={() => setOpen(true)}>
          <FormattedMessage id="strengthening.exit.open" />
        </Button>
      </Group>
    );
  return <ExitFields household={household} enrolment={enrolment} onDone={() => setOpen(false)} />;
}

/**
 * The family leaves the programme. "Child separated" names the children and why: their cases
 * are opened (or the open one linked) when this is saved.
 */
function ExitFields({
  household: h,
  enrolment,
  onDone,
}: {
  household: HouseholdDetail;
  enrolment: EnrolmentView;
  onDone(): void;
}) {
  const intl = useIntl();
  const options = useFsOptions();
  const exit = useExit();
  const t = (id: string) => intl.formatMessage({ id });
  const label = (path: string) => {
    const field = path.split('.').find((part) => part in LABELS);
    return field ? t(LABELS[field] as string) : path;
  };
  const form = useSchemaForm(exitFormSchema, { initialValues: EMPTY(), labels: label });
  const outcome = form.getValues().outcome;
  const submit = form.submitWith(async (body) => {
    await exit.mutateAsync({ id: enrolment.id, version: enrolment.version, ...body });
    onDone();
  });
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="fs-exit-title">
      <Stack gap="sm">
        <Text fw={600} id="fs-exit-title">
          <FormattedMessage id="strengthening.exit.title" />
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={label('outcome')}
            data={options('outcome', EXIT_OUTCOMES)}
            {...form.getInputProps('outcome')}
          />
          <DateField w="100%" label={label('exitedOn')} required {...form.getInputProps('exitedOn')} />
          {outcome === 'exited_other' && (
            <NativeSelect
              label={label('reason')}
              required
              data={options('exitReason', EXIT_REASONS, 'choose')}
              {...form.getInputProps('reason')}
            />
          )}
        </SimpleGrid>
        {outcome === 'graduated_self_reliant' && (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="strengthening.exit.graduateHint" />
          </Text>
        )}
        {outcome === 'child_separated' && <Separation household={h} form={form} label={label} />}
        <Textarea label={label('note')} autosize minRows={2} {...form.getInputProps('note')} />
        <ErrorAlert error={exit.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            <FormattedMessage id="strengthening.cancel" />
          </Button>
          <Button type="submit" color="red" loading={exit.isPending}>
            <FormattedMessage id="strengthening.exit.save" />
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The children separated from the family, and why. */
function Separation({
  household: h,
  form,
  label,
}: {
  household: HouseholdDetail;
  form: SchemaForm<typeof exitFormSchema>;
  label(path: string): string;
}) {
  const intl = useIntl();
  const children = h.members.filter((m) => m.relationship === 'child');
  return (
    <Stack gap="sm">
      <Alert color="orange" role="note">
        <FormattedMessage id="strengthening.exit.separationHint" />
      </Alert>
      <Checkbox.Group label={label('childIds')} required {...form.getInputProps('separation.childIds')}>
        <Stack gap={4} mt={4}>
          {children.map((c) => (
            <Checkbox key={c.personId} value={c.personId} label={personName(c)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Checkbox.Group label={label('reasons')} required {...form.getInputProps('separation.reasons')}>
        <Stack gap={4} mt={4}>
          {SEPARATION_REASONS.map((r) => (
            <Checkbox key={r} value={r} label={intl.formatMessage({ id: `cases.reason.${r}` })} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Textarea
        label={label('description')}
        autosize
        minRows={2}
        {...form.getInputProps('separation.description')}
      />
    </Stack>
  );
}
