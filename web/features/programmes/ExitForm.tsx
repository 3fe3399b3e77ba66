import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod';
import { EXIT_REASONS, exitBodySchema, GROUP_OUTCOMES } from '../../../common/contracts/programmes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { useSchemaForm } from '../../lib/form';
import { chosenOrNull } from '../../lib/form-values';
import { type EnrolmentView, useExit } from './api';
import { childName, useGroupOptions } from './shared';

/** The exit as the form holds it: outcome and reason are '' until chosen. */
const exitFormSchema = exitBodySchema.extend({
  outcome: chosenOrNull(z.enum(GROUP_OUTCOMES)),
  reason: chosenOrNull(z.enum(EXIT_REASONS)),
});

/** The title of the exit dialog. */
export function useExitTitle() {
  const intl = useIntl();
  return (e: EnrolmentView) =>
    intl.formatMessage(
      { id: e.status === 'waiting' ? 'groups.exit.titleWaiting' : 'groups.exit.title' },
      { child: childName(e.child) },
    );
}

/**
 * A child leaves the group with the outcome (and why, if they dropped out), or leaves the
 * waiting list. The freed place goes to the longest-waiting child.
 */
export function ExitForm({ enrolment, onDone }: { enrolment: EnrolmentView; onDone(): void }) {
  const intl = useIntl();
  const options = useGroupOptions();
  const exit = useExit();
  const waiting = enrolment.status === 'waiting';
  const labels = {
    exitedOn: intl.formatMessage({ id: 'groups.exit.exitedOn' }),
    outcome: intl.formatMessage({ id: 'groups.exit.outcome' }),
    reason: intl.formatMessage({ id: 'groups.exit.reason' }),
    note: intl.formatMessage({ id: 'groups.exit.note' }),
  };
  const form = useSchemaForm(exitFormSchema, {
    initialValues: { version: enrolment.version, exitedOn: isoToday(), outcome: '', reason: '', note: '' },
    labels,
  });
  const { outcome, reason } = form.getValues();
  const needsReason = outcome === 'dropped_out' || outcome === 'other';

  return (
    <form
      onSubmit={form.submitWith(async (body) => {
        // Someone on the waiting list leaves it with no outcome.
        await exit.mutateAsync({
          id: enrolment.id,
          body: { ...body, outcome: waiting ? null : body.outcome },
        });
        onDone();
      })}
    >
      <Stack gap="sm">
        <ErrorAlert error={exit.error} onReload={() => exit.reset()} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={labels.exitedOn} required {...form.getInputProps('exitedOn')} />
          {!waiting && (
            <NativeSelect
              label={labels.outcome}
              required
              data={options('outcome', GROUP_OUTCOMES, 'groups.choose')}
              {...form.getInputProps('outcome')}
            />
          )}
          <NativeSelect
            label={labels.reason}
            required={needsReason}
            data={options('exitReason', EXIT_REASONS, 'groups.choose')}
            {...form.getInputProps('reason')}
          />
        </SimpleGrid>
        <Textarea label={labels.note} maxLength={1000} autosize minRows={2} {...form.getInputProps('note')} />
        <Group>
          <Button
            type="submit"
            color="red"
            variant="outline"
            loading={exit.isPending}
            disabled={(!waiting && !outcome) || (needsReason && !reason)}
          >
            <FormattedMessage id={waiting ? 'groups.exit.submitWaiting' : 'groups.exit.submit'} />
          </Button>
          <Button variant="default" onClick={onDone}>
            <FormattedMessage id="groups.cancel" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
