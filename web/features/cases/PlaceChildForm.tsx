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
import { ORDERED_BY, SETTING_TYPES } from '../../../common/cases';
import {
  type CaseDetail,
  type StartPlacementBody,
  startPlacementBodySchema,
} from '../../../common/contracts/cases';
import { ApiError } from '../../lib/api';
import { clientFieldErrors, serverFieldErrors } from '../../lib/form-errors';
import { useLocalized } from '../../lib/format';
import { useProgrammes, useVillage } from '../organisation/api';
import { useStartPlacement } from './api';
import { DateField, EnumSelect, ErrorAlert, isoToday, orNull } from './shared';

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

export function PlaceChildForm({ detail }: { detail: CaseDetail }) {
  const intl = useIntl();
  const localized = useLocalized();
  const [form, setForm] = useState({
    settingType: 'sos_family',
    programmeId: detail.programmeId ?? '',
    houseId: '',
    placeDescription: '',
    orderedBy: 'administrative',
    orderReference: '',
    emergency: false,
    startDate: isoToday(),
    capacityOverrideReason: '',
    siblingsApartReason: '',
    underThreeReason: '',
  });
  const [needed, setNeeded] = useState<Justified[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const place = useStartPlacement(detail.id);
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
    const checked = startPlacementBodySchema.safeParse({
      ...form,
      programmeId: form.programmeId || null,
      houseId: sos ? form.houseId || null : null,
      placeDescription: orNull(form.placeDescription),
      orderReference: orNull(form.orderReference),
      capacityOverrideReason: orNull(form.capacityOverrideReason),
      siblingsApartReason: orNull(form.siblingsApartReason),
      underThreeReason: orNull(form.underThreeReason),
    });
    setErrors(clientFieldErrors(intl, checked, { startDate: t('startDate'), settingType: t('settingType') }));
    if (!checked.success) return;
    try {
      await place.mutateAsync(checked.data as StartPlacementBody);
    } catch (error) {
      setErrors(serverFieldErrors(error));
      const rules = breachedRules(error);
      if (rules.length) setNeeded((n) => [...new Set([...n, ...rules])]);
    }
  }

  return (
    <Card withBorder component="section" aria-labelledby="place-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h4" id="place-title">
            <FormattedMessage id="cases.placement.placeTitle" />
          </Title>
          <ErrorAlert error={place.error} />
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
          <Group justify="flex-end">
            <Button type="submit" loading={place.isPending}>
              <FormattedMessage id="cases.placement.submit" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
