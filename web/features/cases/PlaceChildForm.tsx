import { Button, Card, Checkbox, Group, NativeSelect, Stack, Textarea, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { END_REASONS } from '../../../common/cases';
import type {
  CaseDetail,
  correctPlacementBodySchema,
  PlaceChildBody,
  PlacementView,
} from '../../../common/contracts/cases';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { useEnumLabel } from '../../lib/enum-labels';
import { type SchemaForm, useSchemaForm } from '../../lib/form';
import { useFormat } from '../../lib/format';
import { useCorrectPlacement, useStartPlacement } from './api';
import { PlacementFields } from './PlacementFields';
import {
  breachedRules,
  JUSTIFY,
  type Justified,
  justifiedIn,
  placementSchema,
  placementValues,
} from './placement-form';

type Form = SchemaForm<ReturnType<typeof placementSchema>>;

/**
 * Places the child, or (with `correcting`) corrects an entry of the history: the correction is
 * a new entry with the same fields, a reason, and an end date and reason if the placement ended.
 */
export function PlaceChildForm({
  detail,
  correcting: c,
  settingType = 'sos_family',
  onDone,
}: {
  detail: CaseDetail;
  correcting?: PlacementView;
  /** Where a new placement starts (the decided setting). */
  settingType?: string;
  onDone?(): void;
}) {
  const intl = useIntl();
  const format = useFormat();
  const label = useEnumLabel();
  const t = (id: string) => intl.formatMessage({ id: `cases.placement.${id}` });
  const labels = {
    startDate: t('startDate'),
    settingType: t('settingType'),
    correctionReason: t('correctionReason'),
    endDate: t('endDate'),
    endReason: t('endReason'),
  };
  const schema = useMemo(() => placementSchema(c), [c]);
  const form = useSchemaForm(schema, {
    initialValues: placementValues({ programmeId: detail.programmeId, settingType }, c),
    labels,
  });
  // A justification is asked once the server names the rule it answers (or the entry has one).
  const [needed, setNeeded] = useState<Justified[]>(() => justifiedIn(c));
  const start = useStartPlacement(detail.id);
  const correct = useCorrectPlacement();
  const place = c ? correct : start;
  const titleId = c ? `correct-title-${c.id}` : 'place-title';

  async function save(body: z.output<ReturnType<typeof placementSchema>>) {
    try {
      if (c) {
        await correct.mutateAsync({ id: c.id, body: body as z.output<typeof correctPlacementBodySchema> });
        onDone?.();
      } else {
        await start.mutateAsync(body as PlaceChildBody);
      }
    } catch (error) {
      const rules = breachedRules(error);
      if (rules.length) setNeeded((n) => [...new Set([...n, ...rules])]);
      throw error;
    }
  }

  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <form onSubmit={form.submitWith(save)} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h4" id={titleId}>
            {c ? (
              intl.formatMessage(
                { id: 'cases.placement.correctTitle' },
                { setting: label('setting', c.settingType), date: format.date(c.startDate) },
              )
            ) : (
              <FormattedMessage id="cases.placement.placeTitle" />
            )}
          </Title>
          <ErrorAlert error={place.error} onReload={c ? onDone : undefined} />
          <PlacementFields form={form} locationId={detail.locationId} />
          {!c && <SiblingsTogether form={form} detail={detail} />}
          {needed.map((rule) => (
            <Textarea
              key={rule}
              label={t(JUSTIFY[rule])}
              description={t('justificationHint')}
              required
              autosize
              minRows={2}
              {...form.getInputProps(JUSTIFY[rule])}
            />
          ))}
          {c && <CorrectionFields form={form} />}
          <Group justify="flex-end">
            {c && (
              <Button variant="default" onClick={onDone}>
                <FormattedMessage id="cases.cancel" />
              </Button>
            )}
            <Button type="submit" loading={place.isPending}>
              <FormattedMessage id={c ? 'cases.placement.correctSubmit' : 'cases.placement.submit'} />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/**
 * The brothers and sisters who could be placed with the child in the same step: those whose
 * open case the user may see and who have no placement now.
 */
function SiblingsTogether({ form, detail }: { form: Form; detail: CaseDetail }) {
  const intl = useIntl();
  const waiting = detail.siblings.filter((s) => s.visible && s.caseId && !s.settingType);
  if (!waiting.length) return null;
  return (
    <Checkbox.Group
      label={intl.formatMessage({ id: 'cases.placement.siblingsTogether' })}
      description={intl.formatMessage({ id: 'cases.placement.siblingsTogetherHint' })}
      {...form.getInputProps('siblingCaseIds')}
    >
      <Stack gap={6} mt="xs">
        {waiting.map((s) => (
          <Checkbox
            key={s.personId}
            value={s.caseId!}
            label={intl.formatMessage(
              { id: 'cases.siblingCase' },
              { name: s.name, caseNumber: s.caseNumber },
            )}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/** What a correction adds: how the placement ended, if it did, and why it is corrected. */
function CorrectionFields({ form }: { form: Form }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const t = (id: string) => intl.formatMessage({ id: `cases.placement.${id}` });
  const { endDate } = form.getValues();
  return (
    <>
      <Group align="end" wrap="wrap">
        <DateField label={t('endDate')} description={t('endDateHint')} {...form.getInputProps('endDate')} />
        <NativeSelect
          label={t('endReason')}
          required={Boolean(endDate)}
          disabled={!endDate}
          {...form.getInputProps('endReason')}
          data={[
            { value: '', label: intl.formatMessage({ id: 'cases.choose' }) },
            ...(['permanency', 'other'] as const).map((group) => ({
              group: intl.formatMessage({ id: `cases.endGroup.${group}` }),
              items: END_REASONS[group].map((r) => ({ value: r, label: label('endReason', r) })),
            })),
          ]}
        />
      </Group>
      <Textarea
        label={t('correctionReasonLabel')}
        description={t('correctionReasonHint')}
        required
        autosize
        minRows={2}
        {...form.getInputProps('correctionReason')}
      />
    </>
  );
}
