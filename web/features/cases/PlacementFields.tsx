import { Checkbox, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import { ORDERED_BY, SETTING_TYPES } from '../../../common/cases';
import { DateField } from '../../components/fields/DateField';
import { EnumSelect } from '../../components/fields/EnumSelect';
import type { SchemaForm } from '../../lib/form';
import { useLocalized } from '../../lib/format';
import { useProgrammes, useVillage } from '../../lib/organisation';
import type { placementSchema } from './placement-form';

type Form = SchemaForm<ReturnType<typeof placementSchema>>;

/** Where the child is placed (setting, programme, house or place), on whose order and from when. */
export function PlacementFields({ form, locationId }: { form: Form; locationId: string }) {
  const intl = useIntl();
  const localized = useLocalized();
  const t = (id: string) => intl.formatMessage({ id: `cases.placement.${id}` });
  const { settingType, programmeId } = form.getValues();
  const sos = settingType === 'sos_family';
  const programmes = useProgrammes({ locationId, type: sos ? 'family_based_care' : undefined });
  // A house belongs to one programme's village, and only an SOS family has one.
  form.watch('settingType', () => form.setFieldValue('houseId', ''));
  form.watch('programmeId', () => form.setFieldValue('houseId', ''));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <EnumSelect
        label={t('settingType')}
        group="setting"
        values={SETTING_TYPES}
        {...form.getInputProps('settingType')}
      />
      <NativeSelect
        label={intl.formatMessage({ id: 'cases.field.programme' })}
        {...form.getInputProps('programmeId')}
        data={[
          { value: '', label: intl.formatMessage({ id: 'cases.choose' }) },
          ...(programmes.data ?? []).map((p) => ({ value: p.id, label: localized(p.name) })),
        ]}
      />
      {sos && (
        <HouseSelect
          form={form}
          programmeId={programmeId}
          isVillage={(programmes.data ?? []).some((p) => p.id === programmeId)}
        />
      )}
      {!sos && <TextInput label={t('placeDescription')} {...form.getInputProps('placeDescription')} />}
      <EnumSelect
        label={t('orderedBy')}
        group="orderedBy"
        values={ORDERED_BY}
        {...form.getInputProps('orderedBy')}
      />
      <TextInput label={t('orderReference')} {...form.getInputProps('orderReference')} />
      <DateField label={t('startDate')} required {...form.getInputProps('startDate')} />
      <Checkbox
        mt={{ sm: 32 }}
        label={t('emergency')}
        {...form.getInputProps('emergency', { type: 'checkbox' })}
      />
    </SimpleGrid>
  );
}

/**
 * The village's active houses, each with how full it is and who its SOS parent is; asked for
 * only when the chosen programme is a village (a short-term centre has no houses to ask about).
 */
function HouseSelect({
  form,
  programmeId,
  isVillage,
}: {
  form: Form;
  programmeId: string;
  isVillage: boolean;
}) {
  const intl = useIntl();
  const village = useVillage(programmeId, isVillage);
  const houses = (village.data?.houses ?? []).filter((h) => h.status === 'active');
  return (
    <NativeSelect
      label={intl.formatMessage({ id: 'cases.placement.house' })}
      required
      disabled={!isVillage}
      {...form.getInputProps('houseId')}
      data={[
        { value: '', label: intl.formatMessage({ id: 'cases.choose' }) },
        ...houses.map((h) => ({
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
  );
}
