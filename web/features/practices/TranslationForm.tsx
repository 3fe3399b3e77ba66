import { Text, Textarea, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import { translationBodySchema } from '../../../common/contracts/practices';
import type { Locale } from '../../../common/i18n/locales';
import { RecordFormCard } from '../../components/RecordFormCard';
import { useCooperationNames } from '../../lib/cooperation';
import { useSchemaForm } from '../../lib/form';
import { type PracticeView, useSaveTranslation } from './api';

/**
 * A translation by a person (there is no machine translation): the original beside the fields,
 * or the existing translation to correct, sent with the version the translator read.
 */
export function TranslationForm({
  practice: p,
  language,
  onDone,
}: {
  practice: PracticeView;
  language: Locale;
  onDone(saved?: boolean): void;
}) {
  const intl = useIntl();
  const names = useCooperationNames();
  const t = (id: string) => intl.formatMessage({ id });
  const existing = p.translations.find((x) => x.language === language);
  const save = useSaveTranslation(p.id, language);
  const form = useSchemaForm(translationBodySchema, {
    initialValues: {
      title: existing?.title ?? '',
      summary: existing?.summary ?? '',
      fullText: existing?.fullText ?? '',
      version: existing?.version,
    },
    labels: {
      title: t('practices.field.title'),
      summary: t('practices.field.summary'),
      fullText: t('practices.field.fullText'),
    },
  });
  return (
    <RecordFormCard
      id="translation"
      title={intl.formatMessage({ id: 'practices.translateInto' }, { language: names.language(language) })}
      error={save.error}
      onReload={() => save.reset()}
      onSubmit={form.submitWith(async (body) => {
        await save.mutateAsync(body);
        onDone(true);
      })}
      onCancel={() => onDone()}
      saving={save.isPending}
      saveLabel="practices.save"
    >
      <Text size="sm" c="dimmed">
        {intl.formatMessage({ id: 'practices.translateFrom' }, { language: names.language(p.language) })}
      </Text>
      <Text size="sm" lang={p.language} fw={600}>
        {p.title}
      </Text>
      <TextInput
        label={t('practices.field.title')}
        lang={language}
        required
        {...form.getInputProps('title')}
      />
      <Text size="sm" lang={p.language}>
        {p.summary}
      </Text>
      <Textarea
        label={t('practices.field.summary')}
        lang={language}
        required
        autosize
        minRows={2}
        {...form.getInputProps('summary')}
      />
      <Textarea
        label={t('practices.field.fullText')}
        lang={language}
        required
        autosize
        minRows={6}
        {...form.getInputProps('fullText')}
      />
    </RecordFormCard>
  );
}
