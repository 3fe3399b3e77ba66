import { Group, NativeSelect, Text, Textarea } from '@mantine/core';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import type { PlacementView } from '../../../common/contracts/cases';
import { unscheduledVisitBodySchema } from '../../../common/contracts/foster-visits';
import { DateField } from '../../components/fields/DateField';
import { RecordFormCard } from '../../components/RecordFormCard';
import { isoToday } from '../../lib/dates';
import { useSchemaForm } from '../../lib/form';
import { useRecordUnscheduledVisit } from './foster-api';
import { ratingOptions } from './visit-ratings';

/** The rating as its select holds it: '' for not rated, else '1'–'4', sent as a number or none. */
const unscheduledFormSchema = unscheduledVisitBodySchema.extend({
  childWellbeing: z
    .string()
    .transform((v): number | null | undefined => (v === '' ? null : Number(v)))
    .pipe(unscheduledVisitBodySchema.shape.childWellbeing),
});

/**
 * A monitoring visit held outside the schedule (a call from the school, say): recorded as a visit
 * of its own on the day it was held, so the next scheduled visit stays due as planned.
 */
export function UnscheduledVisitForm({ placement, onDone }: { placement: PlacementView; onDone(): void }) {
  const intl = useIntl();
  const record = useRecordUnscheduledVisit(placement.id);
  const t = (id: string) => intl.formatMessage({ id: `cases.foster.visit.${id}` });
  const form = useSchemaForm(unscheduledFormSchema, {
    initialValues: { heldOn: isoToday(), report: '', childWellbeing: '' },
    labels: { heldOn: t('heldOn'), report: t('report'), childWellbeing: t('wellbeing') },
  });
  return (
    <RecordFormCard
      id="foster-unscheduled-visit"
      title={intl.formatMessage({ id: 'cases.foster.unscheduledTitle' })}
      error={record.error}
      onReload={() => record.reset()}
      onSubmit={form.submitWith(async (body) => {
        await record.mutateAsync(body);
        onDone();
      })}
      onCancel={onDone}
      saving={record.isPending}
      saveLabel="cases.foster.saveVisit"
    >
      <Text size="sm" c="dimmed">
        {intl.formatMessage({ id: 'cases.foster.unscheduledHint' })}
      </Text>
      <Group align="start" wrap="wrap">
        <DateField
          label={t('heldOn')}
          required
          min={placement.startDate}
          max={placement.endDate ?? isoToday()}
          {...form.getInputProps('heldOn')}
        />
        <NativeSelect
          label={t('wellbeing')}
          description={t('wellbeingHint')}
          data={ratingOptions(intl)}
          {...form.getInputProps('childWellbeing')}
        />
      </Group>
      <Textarea
        label={t('report')}
        required
        autosize
        minRows={3}
        maxLength={8000}
        {...form.getInputProps('report')}
      />
    </RecordFormCard>
  );
}
