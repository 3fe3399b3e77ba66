import { Button, Group, Menu, Modal, NativeSelect, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { DROP_REASONS, type DropReason } from '../../../common/foster';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type Inquiry, useChangeInquiry } from './api';
import { InquiryFamilyPicker } from './InquiryFamilyPicker';

type Outcome = 'applied' | 'dropped';

/**
 * Records how an inquiry ended: the family applied (and, once registered, which family it
 * became, so the funnel counts it where the family lives), or it dropped out (with the reason
 * the funnel counts). The version read is sent, so a change made meanwhile answers 409 and its
 * message is shown; the list is then reloaded with the version now stored.
 */
export function InquiryOutcome({ inquiry }: { inquiry: Inquiry }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const change = useChangeInquiry();
  const trigger = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState<Outcome | null>(null);
  const [reasonCode, setReasonCode] = useState<DropReason | ''>('');
  const [reason, setReason] = useState('');
  const [familyId, setFamilyId] = useState<string | null>(null);
  const name = inquiry.contactName;

  function open(outcome: Outcome) {
    change.reset();
    setReasonCode(inquiry.dropReasonCode ?? '');
    setReason(inquiry.dropReason ?? '');
    setFamilyId(inquiry.familyId);
    setEditing(outcome);
  }

  /** The menu item that was chosen is gone: the focus goes back to the row's button. */
  const refocus = () => requestAnimationFrame(() => trigger.current?.focus());

  function close() {
    setEditing(null);
    change.reset();
    refocus();
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await change.mutateAsync({
        id: inquiry.id,
        body:
          editing === 'dropped'
            ? {
                version: inquiry.version,
                status: 'dropped',
                dropReasonCode: reasonCode || null,
                dropReason: reason.trim() || null,
                familyId: null,
              }
            : { version: inquiry.version, status: 'applied', dropReason: null, familyId },
      });
      close();
    } catch {
      // shown in the dialog
    }
  }

  // An inquiry that applied can be linked to its family later, once the family is registered.
  const choices: Outcome[] = inquiry.status === 'dropped' ? ['applied'] : ['applied', 'dropped'];
  const label = (o: Outcome) =>
    o === 'applied' && inquiry.status === 'applied'
      ? t('recruitment.linkFamily')
      : t(`recruitment.status.${o}`);
  return (
    <>
      {/* Not the menu's own focus return: it would take the focus from the dialog's field. */}
      <Menu position="bottom-end" returnFocus={false} withinPortal>
        <Menu.Target>
          <Button ref={trigger} size="xs" variant="light" aria-label={`${t('recruitment.outcome')}: ${name}`}>
            <FormattedMessage id="recruitment.outcome" />
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {choices.map((o) => (
            <Menu.Item key={o} onClick={() => open(o)}>
              {label(o)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={editing !== null}
        onClose={close}
        returnFocus={false}
        title={editing ? `${t(`recruitment.status.${editing}`)}: ${name}` : ''}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={save}>
          <Stack>
            {editing === 'dropped' ? (
              <>
                <NativeSelect
                  label={t('recruitment.dropReason')}
                  description={t('recruitment.dropReasonHint')}
                  required
                  data-autofocus
                  data={[
                    { value: '', label: t('cases.choose') },
                    ...DROP_REASONS.map((r) => ({ value: r, label: t(`funnel.dropReason.${r}`) })),
                  ]}
                  value={reasonCode}
                  onChange={(e) => setReasonCode(e.currentTarget.value as DropReason | '')}
                />
                <Textarea
                  label={t('recruitment.dropNote')}
                  description={t('recruitment.dropNoteHint')}
                  autosize
                  minRows={2}
                  maxLength={500}
                  value={reason}
                  onChange={(e) => setReason(e.currentTarget.value)}
                />
              </>
            ) : (
              <InquiryFamilyPicker
                country={inquiry.country}
                value={familyId}
                initialLabel={inquiry.familyReference}
                onChange={setFamilyId}
              />
            )}
            <ErrorAlert error={change.error} reloadKey={null} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                <FormattedMessage id="users.cancel" />
              </Button>
              <Button
                type="submit"
                loading={change.isPending}
                disabled={editing === 'dropped' && !reasonCode}
              >
                <FormattedMessage id="foster.save" />
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
