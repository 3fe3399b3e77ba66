import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useIntl } from 'react-intl';
import {
  EXCHANGE_KINDS,
  EXCHANGE_STATUSES,
  type Exchange,
  exchangeBodySchema,
  PARTICIPANT_ROLES,
  PRACTICE_TOPICS,
} from '../../../common/contracts/exchanges';
import { DateField } from '../../components/fields/DateField';
import { RecordFormCard } from '../../components/RecordFormCard';
import { useCooperationNames } from '../../lib/cooperation';
import { isoToday } from '../../lib/dates';
import { useSchemaForm } from '../../lib/form';
import type { Save } from './api';

/** A new exchange, or a change to one (with the version read, so a change made meanwhile answers 409). */
export function ExchangeForm({
  exchange,
  countries,
  save,
  onCancel,
}: {
  exchange?: Exchange;
  countries: string[];
  save: Save;
  onCancel(): void;
}) {
  const intl = useIntl();
  const names = useCooperationNames();
  const t = (id: string) => intl.formatMessage({ id });
  const field = (name: string) => t(`exchanges.field.${name}`);
  const labels = (path: string) =>
    field(path.split('.').at(-1) === 'title' ? 'materialTitle' : (path.split('.')[0] ?? path));
  const day = isoToday();
  const form = useSchemaForm(exchangeBodySchema, {
    initialValues: exchange
      ? { ...exchange, materials: exchange.materials.map((m) => ({ title: m.title, link: m.link ?? '' })) }
      : {
          kind: 'study_visit',
          fromCountry: countries[0] ?? '',
          toCountry: countries[1] ?? '',
          startsOn: day,
          endsOn: day,
          participants: 0,
          participantRoles: [],
          topics: [],
          materials: [],
          evaluationScore: null,
          evaluationAnswered: null,
          evaluationUse: '',
          status: 'planned',
        },
    labels,
  });
  const options = (values: readonly string[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  const countryOptions = countries.map((c) => ({ value: c, label: names.country(c) }));
  const number = (path: 'participants' | 'evaluationScore' | 'evaluationAnswered', nullable: boolean) => {
    const props = form.getInputProps(path);
    return {
      ...props,
      value: props.value ?? '',
      onChange: (v: string | number) =>
        form.setFieldValue(path, v === '' ? (nullable ? null : 0) : Number(v)),
    };
  };
  const materials = form.getValues().materials ?? [];
  const submit = form.submitWith((body) => {
    const clean = {
      ...body,
      materials: body.materials.map((m) => ({ title: m.title, link: m.link || null })),
    };
    return exchange
      ? save.mutateAsync({
          method: 'PUT',
          url: `/api/cooperation/exchanges/${exchange.id}`,
          body: { ...clean, version: exchange.version },
        })
      : save.mutateAsync({ method: 'POST', url: '/api/cooperation/exchanges', body: clean });
  });
  return (
    <RecordFormCard
      id="exchange-form"
      title={t(exchange ? 'exchanges.edit' : 'exchanges.new')}
      error={save.error}
      onReload={onCancel}
      onSubmit={submit}
      onCancel={onCancel}
      saving={save.isPending}
      saveLabel="exchanges.save"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={field('kind')}
          data={options(EXCHANGE_KINDS, 'exchanges.kind')}
          {...form.getInputProps('kind')}
        />
        <NativeSelect
          label={field('status')}
          data={options(EXCHANGE_STATUSES, 'exchanges.status')}
          {...form.getInputProps('status')}
        />
        <NativeSelect
          label={field('fromCountry')}
          data={countryOptions}
          {...form.getInputProps('fromCountry')}
        />
        <NativeSelect label={field('toCountry')} data={countryOptions} {...form.getInputProps('toCountry')} />
        <DateField label={field('startsOn')} w="100%" {...form.getInputProps('startsOn')} />
        <DateField label={field('endsOn')} w="100%" {...form.getInputProps('endsOn')} />
        <NumberInput
          label={field('participants')}
          min={0}
          allowDecimal={false}
          {...number('participants', false)}
        />
        <MultiSelect
          label={field('participantRoles')}
          data={options(PARTICIPANT_ROLES, 'exchanges.role')}
          {...form.getInputProps('participantRoles')}
        />
      </SimpleGrid>
      <MultiSelect
        label={field('topics')}
        required
        data={options(PRACTICE_TOPICS, 'exchanges.topic')}
        {...form.getInputProps('topics')}
      />
      <Fieldset legend={field('materials')}>
        {materials.map((_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the rows are edited in place, in order
          <Group key={i} align="end" wrap="nowrap">
            <TextInput
              label={field('materialTitle')}
              style={{ flex: 2 }}
              {...form.getInputProps(`materials.${i}.title`)}
            />
            <TextInput
              label={field('materialLink')}
              style={{ flex: 2 }}
              {...form.getInputProps(`materials.${i}.link`)}
            />
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('exchanges.remove')}
              onClick={() => form.removeListItem('materials', i)}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          mt="xs"
          onClick={() => form.insertListItem('materials', { title: '', link: '' })}
        >
          {t('exchanges.addMaterial')}
        </Button>
      </Fieldset>
      <Fieldset legend={field('evaluation')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={field('evaluationScore')}
            min={1}
            max={5}
            step={0.1}
            decimalScale={2}
            {...number('evaluationScore', true)}
          />
          <NumberInput
            label={field('evaluationAnswered')}
            min={0}
            allowDecimal={false}
            {...number('evaluationAnswered', true)}
          />
        </SimpleGrid>
        <Textarea
          label={field('evaluationUse')}
          autosize
          minRows={2}
          {...form.getInputProps('evaluationUse')}
        />
      </Fieldset>
    </RecordFormCard>
  );
}
