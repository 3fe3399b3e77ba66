import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { EXIT_REASONS, GROUP_OUTCOMES } from '../../../common/contracts/programmes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { type EnrolmentView, useExit } from './api';
import { childName, useGroupOptions } from './shared';

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
  const [exitedOn, setExitedOn] = useState(isoToday());
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const needsReason = outcome === 'dropped_out' || outcome === 'other';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await exit
      .mutateAsync({
        id: enrolment.id,
        body: {
          version: enrolment.version,
          exitedOn,
          outcome: waiting ? null : ((outcome || null) as never),
          reason: (reason || null) as never,
          note,
        },
      })
      .catch(() => null);
    if (done) onDone();
  }

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <ErrorAlert error={exit.error} onReload={() => exit.reset()} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField
            label={intl.formatMessage({ id: 'groups.exit.exitedOn' })}
            required
            value={exitedOn}
            onChange={(e) => setExitedOn(e.currentTarget.value)}
          />
          {!waiting && (
            <NativeSelect
              label={intl.formatMessage({ id: 'groups.exit.outcome' })}
              required
              value={outcome}
              onChange={(e) => setOutcome(e.currentTarget.value)}
              data={options('outcome', GROUP_OUTCOMES, 'groups.choose')}
            />
          )}
          <NativeSelect
            label={intl.formatMessage({ id: 'groups.exit.reason' })}
            required={needsReason}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data={options('exitReason', EXIT_REASONS, 'groups.choose')}
          />
        </SimpleGrid>
        <Textarea
          label={intl.formatMessage({ id: 'groups.exit.note' })}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={2}
        />
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
