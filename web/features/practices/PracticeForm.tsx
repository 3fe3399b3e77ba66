import { Checkbox, MultiSelect, NativeSelect, Textarea, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useIntl } from 'react-intl';
import {
  PRACTICE_TOPICS,
  type PracticeView,
  practiceBodySchema,
  practiceUpdateSchema,
} from '../../../common/contracts/practices';
import { LOCALES } from '../../../common/i18n/locales';
import { RecordFormCard } from '../../components/RecordFormCard';
import { useSchemaForm } from '../../lib/form';
import { useCreatePractice, useEditPractice } from './api';

const FIELDS = [
  'title',
  'summary',
  'fullText',
  'evidence',
  'contact',
  'topics',
  'language',
  'country',
] as const;

function useLabels() {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  return { t, labels: Object.fromEntries(FIELDS.map((f) => [f, t(`practices.field.${f}`)])) };
}

interface InputForm {
  getInputProps(path: string, options?: { type?: 'checkbox' }): GetInputPropsReturnType;
}

/** The fields a practice has, for a new one and an edit alike. */
function PracticeFields({ form }: { form: InputForm }) {
  const { t } = useLabels();
  return (
    <>
      <NativeSelect
        label={t('practices.field.language')}
        required
        data={LOCALES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
        {...form.getInputProps('language')}
      />
      <TextInput label={t('practices.field.title')} required {...form.getInputProps('title')} />
      <Textarea
        label={t('practices.field.summary')}
        required
        autosize
        minRows={2}
        {...form.getInputProps('summary')}
      />
      <Textarea
        label={t('practices.field.fullText')}
        required
        autosize
        minRows={6}
        {...form.getInputProps('fullText')}
      />
      <MultiSelect
        label={t('practices.field.topics')}
        data={PRACTICE_TOPICS.map((v) => ({ value: v, label: t(`practices.topic.${v}`) }))}
        {...form.getInputProps('topics')}
      />
      <Textarea
        label={t('practices.field.evidence')}
        autosize
        minRows={2}
        {...form.getInputProps('evidence')}
      />
      <TextInput label={t('practices.field.contact')} {...form.getInputProps('contact')} />
      <Checkbox
        label={t('practices.field.ambassadorMaterial')}
        {...form.getInputProps('ambassadorMaterial', { type: 'checkbox' })}
      />
    </>
  );
}

/** Share a practice of the delegate's own country (the server refuses another country's). */
export function NewPracticeForm({ onDone }: { onDone(id?: string): void }) {
  const { t, labels } = useLabels();
  const create = useCreatePractice();
  const form = useSchemaForm(practiceBodySchema, {
    initialValues: {
      country: '',
      language: 'az',
      title: '',
      summary: '',
      fullText: '',
      topics: [],
      evidence: '',
      contact: '',
      ambassadorMaterial: false,
    },
    labels,
  });
  return (
    <RecordFormCard
      id="new-practice"
      title={t('practices.new')}
      error={create.error}
      onReload={() => create.reset()}
      onSubmit={form.submitWith(async (body) => onDone((await create.mutateAsync(body)).id))}
      onCancel={() => onDone()}
      saving={create.isPending}
      saveLabel="practices.save"
    >
      <TextInput
        label={t('practices.field.country')}
        description={t('practices.countryHint')}
        required
        maxLength={2}
        {...form.getInputProps('country')}
      />
      <PracticeFields form={form} />
    </RecordFormCard>
  );
}

export function EditPracticeForm({ practice: p, onDone }: { practice: PracticeView; onDone(): void }) {
  const { t, labels } = useLabels();
  const edit = useEditPractice(p.id);
  const form = useSchemaForm(practiceUpdateSchema, {
    initialValues: {
      organisationId: p.organisationId,
      language: p.language,
      title: p.title,
      summary: p.summary,
      fullText: p.fullText,
      topics: p.topics,
      evidence: p.evidence,
      contact: p.contact,
      ambassadorMaterial: p.ambassadorMaterial,
      version: p.version,
    },
    labels,
  });
  return (
    <RecordFormCard
      id="edit-practice"
      title={t('practices.edit')}
      error={edit.error}
      onReload={() => edit.reset()}
      onSubmit={form.submitWith(async (body) => {
        await edit.mutateAsync(body);
        onDone();
      })}
      onCancel={onDone}
      saving={edit.isPending}
      saveLabel="practices.save"
    >
      <PracticeFields form={form} />
    </RecordFormCard>
  );
}
