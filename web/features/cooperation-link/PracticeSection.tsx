import {
  Button,
  Checkbox,
  MultiSelect,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { SharedPractice } from '../../../common/contracts/cooperation-push-kinds';
import { pushPracticeBodySchema } from '../../../common/contracts/cooperation-push-kinds';
import { PRACTICE_TOPICS } from '../../../common/contracts/practices';
import { LOCALES } from '../../../common/i18n/locales';
import { QueryState } from '../../components/ui/QueryState';
import { useSchemaForm } from '../../lib/form';
import { useFormat } from '../../lib/format';
import { type PracticeToSend, type PushPage, usePushPractice, useSharedPractices } from './api';
import { PushOutcome, pendingVia, SendButtons, SendSection, type Via } from './SendParts';

/**
 * "Share a good practice": the practice as the country writes it, sent to the hub's library; the
 * practices shared before, each with "Send an update" (the form prefilled, the same ref).
 */

const formSchema = pushPracticeBodySchema.omit({ via: true });
const FIELDS = ['title', 'summary', 'fullText', 'language', 'topics', 'evidence', 'contact'] as const;

const EMPTY: PracticeToSend = {
  title: '',
  summary: '',
  fullText: '',
  language: 'az',
  topics: [],
  evidence: '',
  contact: '',
  organisation: '',
  ambassadorMaterial: false,
};

export function PracticeSection({ link }: { link: PushPage['link'] }) {
  const [editing, setEditing] = useState<{ key: number; practice: PracticeToSend }>({
    key: 0,
    practice: EMPTY,
  });
  const shared = useSharedPractices();
  const send = usePushPractice();
  // Once sent, the form empties: the practice is in the list below, to send an update from.
  const sent = () => setEditing((e) => ({ key: e.key + 1, practice: EMPTY }));
  const update = (p: SharedPractice) => {
    const { sentAt: _sentAt, status: _status, via: _via, ...practice } = p;
    setEditing((e) => ({ key: e.key + 1, practice }));
  };
  return (
    <SendSection id="push-practice" title="cooperation.push.practiceTitle">
      <Text size="sm" c="dimmed">
        <FormattedMessage id="cooperation.push.practiceIntro" />
      </Text>
      <PushOutcome error={send.error} sent={send.isSuccess && send.variables?.via === 'network'} />
      <PracticeForm key={editing.key} link={link} initial={editing.practice} send={send} onSent={sent} />
      <QueryState query={shared}>{(data) => <SharedList items={data.items} onUpdate={update} />}</QueryState>
    </SendSection>
  );
}

function PracticeForm(props: {
  link: PushPage['link'];
  initial: PracticeToSend;
  send: ReturnType<typeof usePushPractice>;
  onSent(): void;
}) {
  const { link, initial, send } = props;
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const labels: Record<(typeof FIELDS)[number] | 'organisation', string> = {
    ...(Object.fromEntries(FIELDS.map((f) => [f, t(`practices.field.${f}`)])) as Record<
      (typeof FIELDS)[number],
      string
    >),
    organisation: t('cooperation.push.organisation'),
  };
  const form = useSchemaForm(formSchema, { initialValues: initial, labels });
  // Which button submitted the form: read when the checked values are sent.
  const via = useRef<Via>('network');
  return (
    <form
      noValidate
      onSubmit={form.submitWith(async (body) => {
        await send.mutateAsync({ ...body, via: via.current });
        props.onSent();
      })}
    >
      <Stack gap="sm">
        {initial.ref && (
          <Text size="sm" fw={500} role="status">
            <FormattedMessage id="cooperation.push.updating" values={{ title: initial.title }} />
          </Text>
        )}
        <NativeSelect
          label={t('practices.field.language')}
          required
          data={LOCALES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          {...form.getInputProps('language')}
        />
        <TextInput label={labels.title} required {...form.getInputProps('title')} />
        <Textarea label={labels.summary} required autosize minRows={2} {...form.getInputProps('summary')} />
        <Textarea label={labels.fullText} required autosize minRows={5} {...form.getInputProps('fullText')} />
        <MultiSelect
          label={labels.topics}
          data={PRACTICE_TOPICS.map((v) => ({ value: v, label: t(`practices.topic.${v}`) }))}
          {...form.getInputProps('topics')}
        />
        <Textarea label={labels.evidence} autosize minRows={2} {...form.getInputProps('evidence')} />
        <TextInput label={labels.organisation} {...form.getInputProps('organisation')} />
        <TextInput label={labels.contact} {...form.getInputProps('contact')} />
        <Checkbox
          label={t('practices.field.ambassadorMaterial')}
          {...form.getInputProps('ambassadorMaterial', { type: 'checkbox' })}
        />
        <SendButtons
          link={link}
          pending={pendingVia(send)}
          submit
          onSend={(v) => {
            via.current = v;
          }}
        />
      </Stack>
    </form>
  );
}

function SharedList({ items, onUpdate }: { items: SharedPractice[]; onUpdate(p: SharedPractice): void }) {
  const f = useFormat();
  const intl = useIntl();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="shared-practices">
      <Text fw={600} id="shared-practices" mb="xs">
        <FormattedMessage id="cooperation.push.sharedTitle" />
      </Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <FormattedMessage id="practices.field.title" />
            </Table.Th>
            <Table.Th>
              <FormattedMessage id="cooperation.push.col.pushedAt" />
            </Table.Th>
            <Table.Th>
              <FormattedMessage id="cooperation.push.col.status" />
            </Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.ref}>
              <Table.Td>{p.title}</Table.Td>
              <Table.Td>{f.dateTime(p.sentAt)}</Table.Td>
              <Table.Td>
                <FormattedMessage id={`cooperation.push.status.${p.status}`} />
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => onUpdate(p)}
                  aria-label={intl.formatMessage({ id: 'cooperation.push.sendUpdateOf' }, { title: p.title })}
                >
                  <FormattedMessage id="cooperation.push.sendUpdate" />
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
