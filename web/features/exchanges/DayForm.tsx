import { NativeSelect, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import { observanceDayBodySchema } from '../../../common/contracts/observance';
import { LOCALES } from '../../../common/i18n/locales';
import { RecordFormCard } from '../../components/RecordFormCard';
import { useCooperationNames } from '../../lib/cooperation';
import { useSchemaForm } from '../../lib/form';
import type { Save } from './api';

/** A new day on the shared calendar: observed by every country or by one, with its name in the four languages. */
export function DayForm({
  countries,
  save,
  onCancel,
}: {
  countries: string[];
  save: Save;
  onCancel(): void;
}) {
  const intl = useIntl();
  const names = useCooperationNames();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const labels = (path: string) => {
    const [field, language] = path.split('.');
    return field === 'names' && language
      ? t('exchanges.calendar.name', { language: names.language(language) })
      : t(`exchanges.calendar.${field ?? path}`);
  };
  const form = useSchemaForm(observanceDayBodySchema, {
    initialValues: { country: null, month: 6, day: 30, names: { az: '', tr: '', ru: '', en: '' } },
    labels,
  });
  // The select knows only strings: '' stands for "every country" (null in the body).
  const country = form.getInputProps('country');
  const number = (path: 'month' | 'day') => {
    const props = form.getInputProps(path);
    return { ...props, onChange: (v: string | number) => form.setFieldValue(path, v === '' ? 0 : Number(v)) };
  };
  return (
    <RecordFormCard
      id="observance-day-new"
      title={t('exchanges.calendar.addDay')}
      error={save.error}
      onReload={onCancel}
      onSubmit={form.submitWith((body) =>
        save.mutateAsync({ method: 'POST', url: '/api/cooperation/observance-days', body }),
      )}
      onCancel={onCancel}
      saving={save.isPending}
      saveLabel="exchanges.save"
    >
      <NativeSelect
        label={t('exchanges.calendar.country')}
        data={[
          { value: '', label: t('exchanges.calendar.international') },
          ...countries.map((c) => ({ value: c, label: names.country(c) })),
        ]}
        {...country}
        value={country.value ?? ''}
        onChange={(e) => form.setFieldValue('country', e.currentTarget.value || null)}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <NumberInput label={labels('month')} min={1} max={12} allowDecimal={false} {...number('month')} />
        <NumberInput label={labels('day')} min={1} max={31} allowDecimal={false} {...number('day')} />
      </SimpleGrid>
      {LOCALES.map((language) => (
        <TextInput
          key={language}
          lang={language}
          label={labels(`names.${language}`)}
          {...form.getInputProps(`names.${language}`)}
        />
      ))}
    </RecordFormCard>
  );
}
