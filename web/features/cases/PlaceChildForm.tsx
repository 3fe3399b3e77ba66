import {
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { END_REASONS, ORDERED_BY, SETTING_TYPES } from '../../../common/cases';
import {
  type CaseDetail,
  correctPlacementBodySchema,
  type PlacementView,
  type StartPlacementBody,
  startPlacementBodySchema,
} from '../../../common/contracts/cases';
import { ApiError } from '../../lib/api';
import { clientFieldErrors, serverFieldErrors } from '../../lib/form-errors';
import { useFormat, useLocalized } from '../../lib/format';
import { useProgrammes, useVillage } from '../../lib/organisation';
import { useCorrectPlacement, useStartPlacement } from './api';
import { DateField, EnumSelect, ErrorAlert, isoToday, orNull, useEnumLabel } from './shared';

/** The rules a written justification can answer, and the field that carries it. */
const JUSTIFY = {
  house_full: 'capacityOverrideReason',
  siblings_apart: 'siblingsApartReason',
  under_three: 'underThreeReason',
} as const;
type Justified = keyof typeof JUSTIFY;

function breachedRules(error: unknown): Justified[] {
  if (!(error instanceof ApiError) || error.status !== 422) return [];
  const details = error.details as { rule?: string; breaches?: { rule: string }[] } | undefined;
  const rules = [details?.rule, ...(details?.breaches ?? []).map((b) => b.rule)];
  return rules.filter((r): r is Justified => Boolean(r && r in JUSTIFY));
}

/**
 * Places the child, or (with `correcting`) corrects an entry of the history: the correction is
 * a new entry with the same fields, a reason, and an end date and reason if the placement ended.
 */
export function PlaceChildForm({
  detail,
  correcting: c,
  onDone,
}: {
  detail: CaseDetail;
  correcting?: PlacementView;
  onDone?(): void;
}) {
  const intl = useIntl();
  const localized = useLocalized();
  const format = useFormat();
  const label = useEnumLabel();
  const [form, setForm] = useState({
    settingType: (c?.settingType ?? 'sos_family') as string,
    programmeId: c ? (c.programmeId ?? '') : (detail.programmeId ?? ''),
    houseId: c?.houseId ?? '',
    placeDescription: c?.placeDescription ?? '',
    orderedBy: (c?.orderedBy ?? 'administrative') as string,
    orderReference: c?.orderReference ?? '',
    emergency: c?.emergency ?? false,
    startDate: c?.startDate ?? isoToday(),
    capacityOverrideReason: c?.capacityOverrideReason ?? '',
    siblingsApartReason: c?.siblingsApartReason ?? '',
    underThreeReason: c?.underThreeReason ?? '',
    correctionReason: '',
    endDate: c?.endDate ?? '',
    endReason: (c?.endReason ?? '') as string,
  });
  const [needed, setNeeded] = useState<Justified[]>(() =>
    (Object.keys(JUSTIFY) as Justified[]).filter((rule) => Boolean(c?.[JUSTIFY[rule]])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const start = useStartPlacement(detail.id);
  const correct = useCorrectPlacement();
  const place = c ? correct : start;
  const titleId = c ? `correct-title-${c.id}` : 'place-title';
  const sos = form.settingType === 'sos_family';
  const programmes = useProgrammes({
    locationId: detail.locationId,
    type: sos ? 'family_based_care' : undefined,
  });
  const village = useVillage(form.programmeId, sos && Boolean(form.programmeId));
  const t = (id: string) => intl.formatMessage({ id: `cases.placement.${id}` });
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { correctionReason, endDate, endReason, ...fields } = form;
    const body = {
      ...fields,
      programmeId: form.programmeId || null,
      houseId: sos ? form.houseId || null : null,
      placeDescription: orNull(form.placeDescription),
      orderReference: orNull(form.orderReference),
      capacityOverrideReason: orNull(form.capacityOverrideReason),
      siblingsApartReason: orNull(form.siblingsApartReason),
      underThreeReason: orNull(form.underThreeReason),
    };
    const labels = {
      startDate: t('startDate'),
      settingType: t('settingType'),
      correctionReason: t('correctionReason'),
      endDate: t('endDate'),
      endReason: t('endReason'),
    };
    try {
      if (c) {
        const checked = correctPlacementBodySchema.safeParse({
          ...body,
          version: c.version,
          correctionReason,
          endDate: orNull(endDate),
          endReason: endDate ? endReason || null : null,
        });
        setErrors(clientFieldErrors(intl, checked, labels));
        if (!checked.success) return;
        await correct.mutateAsync({ id: c.id, body: checked.data });
        onDone?.();
      } else {
        const checked = startPlacementBodySchema.safeParse(body);
        setErrors(clientFieldErrors(intl, checked, labels));
        if (!checked.success) return;
        await start.mutateAsync(checked.data as StartPlacementBody);
      }
    } catch (error) {
      setErrors(serverFieldErrors(error));
      const rules = breachedRules(error);
      if (rules.length) setNeeded((n) => [...new Set([...n, ...rules])]);
    }
  }

  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <form onSubmit={submit} noValidate>
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
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <EnumSelect
              label={t('settingType')}
              group="setting"
              values={SETTING_TYPES}
              value={form.settingType}
              onChange={(v) => set({ settingType: v, houseId: '' })}
            />
            <NativeSelect
              label={intl.formatMessage({ id: 'cases.field.programme' })}
              value={form.programmeId}
              onChange={(e) => set({ programmeId: e.currentTarget.value, houseId: '' })}
              data={[
                { value: '', label: intl.formatMessage({ id: 'cases.choose' }) },
                ...(programmes.data ?? []).map((p) => ({ value: p.id, label: localized(p.name) })),
              ]}
            />
            {sos && (
              <NativeSelect
                label={t('house')}
                required
                value={form.houseId}
                error={errors.houseId}
                disabled={!form.programmeId}
                onChange={(e) => set({ houseId: e.currentTarget.value })}
                data={[
                  { value: '', label: intl.formatMessage({ id: 'cases.choose' }) },
                  ...(village.data?.houses ?? [])
                    .filter((h) => h.status === 'active')
                    .map((h) => ({
                      value: h.id,
                      label: intl.formatMessage(
                        { id: 'cases.placement.houseOption' },
                        {
                          number: h.houseNumber,
                          children: h.childrenCount,
                          capacity: h.capacity,
                          parent: h.sosParent ?? intl.formatMessage({ id: 'village.noParent' }),
                        },
                      ),
                    })),
                ]}
              />
            )}
            {!sos && (
              <TextInput
                label={t('placeDescription')}
                value={form.placeDescription}
                onChange={(e) => set({ placeDescription: e.currentTarget.value })}
              />
            )}
            <EnumSelect
              label={t('orderedBy')}
              group="orderedBy"
              values={ORDERED_BY}
              value={form.orderedBy}
              onChange={(v) => set({ orderedBy: v })}
            />
            <TextInput
              label={t('orderReference')}
              value={form.orderReference}
              onChange={(e) => set({ orderReference: e.currentTarget.value })}
            />
            <DateField
              label={t('startDate')}
              required
              value={form.startDate}
              error={errors.startDate}
              onChange={(e) => set({ startDate: e.currentTarget.value })}
            />
            <Checkbox
              mt={{ sm: 32 }}
              label={t('emergency')}
              checked={form.emergency}
              onChange={(e) => set({ emergency: e.currentTarget.checked })}
            />
          </SimpleGrid>
          {needed.map((rule) => (
            <Textarea
              key={rule}
              label={t(JUSTIFY[rule])}
              description={t('justificationHint')}
              required
              autosize
              minRows={2}
              value={form[JUSTIFY[rule]]}
              error={errors[JUSTIFY[rule]]}
              onChange={(e) => set({ [JUSTIFY[rule]]: e.currentTarget.value })}
            />
          ))}
          {c && (
            <>
              <Group align="end" wrap="wrap">
                <DateField
                  label={t('endDate')}
                  description={t('endDateHint')}
                  value={form.endDate}
                  error={errors.endDate}
                  onChange={(e) => set({ endDate: e.currentTarget.value })}
                />
                <NativeSelect
                  label={t('endReason')}
                  required={Boolean(form.endDate)}
                  disabled={!form.endDate}
                  value={form.endReason}
                  error={errors.endReason}
                  onChange={(e) => set({ endReason: e.currentTarget.value })}
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
                value={form.correctionReason}
                error={errors.correctionReason}
                onChange={(e) => set({ correctionReason: e.currentTarget.value })}
              />
            </>
          )}
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
