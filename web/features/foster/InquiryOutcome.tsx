import { Box, Button, Group, Menu, Modal, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { type Inquiry, useChangeInquiry } from './api';
import { ServerError } from './shared';

/**
 * Records how an inquiry ended: the family applied, or it dropped out (with the reason the
 * funnel counts). The version read is sent, so a change made meanwhile answers 409 and its
 * message is shown; the list is then reloaded with the version now stored.
 */
export function InquiryOutcome({ inquiry }: { inquiry: Inquiry }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const change = useChangeInquiry();
  const trigger = useRef<HTMLButtonElement>(null);
  const [dropping, setDropping] = useState(false);
  const [reason, setReason] = useState('');
  const name = inquiry.contactName;

  const send = (status: 'applied' | 'dropped', dropReason: string | null) =>
    change.mutateAsync({
      id: inquiry.id,
      body: { version: inquiry.version, status, dropReason, familyId: inquiry.familyId },
    });

  function openDrop() {
    change.reset();
    setReason(inquiry.dropReason ?? '');
    setDropping(true);
  }

  /** The menu item that was chosen is gone: the focus goes back to the row's button. */
  const refocus = () => requestAnimationFrame(() => trigger.current?.focus());

  function closeDrop() {
    setDropping(false);
    change.reset();
    refocus();
  }

  function markApplied() {
    refocus();
    send('applied', null).catch(() => {});
  }

  async function saveDrop(event: FormEvent) {
    event.preventDefault();
    try {
      await send('dropped', reason.trim());
      closeDrop();
    } catch {
      // shown in the dialog
    }
  }

  const choices = (['applied', 'dropped'] as const).filter((s) => s !== inquiry.status);
  return (
    <>
      {/* Not the menu's own focus return: it would take the focus from the dialog's field. */}
      <Menu position="bottom-end" returnFocus={false} withinPortal>
        <Menu.Target>
          <Button
            ref={trigger}
            size="xs"
            variant="light"
            loading={change.isPending && !dropping}
            aria-label={`${t('recruitment.outcome')}: ${name}`}
          >
            <FormattedMessage id="recruitment.outcome" />
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {choices.map((status) => (
            <Menu.Item key={status} onClick={status === 'dropped' ? openDrop : markApplied}>
              {t(`recruitment.status.${status}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      {!dropping && change.error && (
        <Box mt={6}>
          <ServerError error={change.error} />
        </Box>
      )}
      <Modal
        opened={dropping}
        onClose={closeDrop}
        returnFocus={false}
        title={`${t('recruitment.status.dropped')}: ${name}`}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={saveDrop}>
          <Stack>
            <Textarea
              label={t('recruitment.dropReason')}
              description={t('recruitment.dropReasonHint')}
              required
              autosize
              minRows={2}
              maxLength={500}
              data-autofocus
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <ServerError error={change.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={closeDrop}>
                <FormattedMessage id="users.cancel" />
              </Button>
              <Button type="submit" loading={change.isPending} disabled={reason.trim().length === 0}>
                <FormattedMessage id="foster.save" />
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
