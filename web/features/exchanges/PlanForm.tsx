import { ActionIcon, Button, Fieldset, Group, NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import {
  type ObservancePlan,
  observancePlanBodySchema,
  PLAN_STATUSES,
  PLANNED_EVENT_KINDS,
} from '../../../common/contracts/observance';
import { DateField } from '../../components/fields/DateField';
import { RecordFormCard } from '../../components/RecordFormCard';
import { useCooperationNames } from '../../lib/cooperation';
import { useSchemaForm } from '../../lib/form';
import type { Save } from './api';

/** A country's campaign plan for an observance day and year: the plan, its planned events, its status. */
export function PlanForm({
  dayId,
  country,
  year,
  plan,
  save,
  onCancel,
}: {
  dayId: string;
  country: string;
  year: number;
  plan?: ObservancePlan;
  save: Save;
  onCancel(): void;
}) {
  const intl = useIntl();
  const names = useCooperationNames();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const eventLabel = (path: string) => {
    const last = path.split('.').at(-1) ?? path;
    return t(
      last === 'plan'
        ? 'exchanges.plan.text'
        : `exchanges.plan.event${last[0]?.toUpperCase()}${last.slice(1)}`,
    );
  };
  const form = useSchemaForm(observancePlanBodySchema, {
    initialValues: plan
      ? { plan: plan.plan, events: plan.events, status: plan.status, version: plan.version }
      : { plan: '', events: [], status: 'draft' },
    labels: eventLabel,
  });
  const events = form.getValues().events ?? [];
  return (
    <RecordFormCard
      id={`plan-${dayId}-${country}`}
      title={t('exchanges.plan.title', { country: names.country(country) })}
      error={save.error}
      onReload={onCancel}
      onSubmit={form.submitWith((body) =>
        save.mutateAsync({
          method: 'PUT',
          url: `/api/cooperation/observance-days/${dayId}/plans/${country}/${year}`,
          body,
        }),
      )}
      onCancel={onCancel}
      saving={save.isPending}
      saveLabel="exchanges.save"
    >
      <Textarea label={t('exchanges.plan.text')} autosize minRows={3} {...form.getInputProps('plan')} />
      <NativeSelect
        label={t('exchanges.plan.status')}
        data={PLAN_STATUSES.map((s) => ({ value: s, label: t(`exchanges.planStatus.${s}`) }))}
        {...form.getInputProps('status')}
      />
      <Fieldset legend={t('exchanges.plan.events')}>
        {events.map((_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the rows are edited in place, in order
          <Group key={i} align="end" wrap="wrap">
            <DateField label={t('exchanges.plan.eventDate')} {...form.getInputProps(`events.${i}.date`)} />
            <TextInput label={t('exchanges.plan.eventCity')} {...form.getInputProps(`events.${i}.city`)} />
            <NativeSelect
              label={t('exchanges.plan.eventKind')}
              data={PLANNED_EVENT_KINDS.map((k) => ({ value: k, label: t(`exchanges.eventKind.${k}`) }))}
              {...form.getInputProps(`events.${i}.kind`)}
            />
            <TextInput
              label={t('exchanges.plan.eventTitle')}
              style={{ flex: 1 }}
              {...form.getInputProps(`events.${i}.title`)}
            />
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('exchanges.remove')}
              onClick={() => form.removeListItem('events', i)}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          mt="xs"
          onClick={() =>
            form.insertListItem('events', {
              date: `${year}-06-30`,
              city: '',
              kind: 'public_event',
              title: '',
            })
          }
        >
          {t('exchanges.plan.addEvent')}
        </Button>
      </Fieldset>
    </RecordFormCard>
  );
}
