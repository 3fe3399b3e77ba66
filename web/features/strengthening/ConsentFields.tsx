import { Checkbox, NativeSelect, SimpleGrid, Stack, Textarea } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useIntl } from 'react-intl';
import { SHARE_SCOPES } from '../../../common/strengthening';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { useLocalized } from '../../lib/format';
import { personName } from '../../lib/person-name';
import { type HouseholdDetail, type StrengtheningProgramme, useStrengtheningProgrammes } from './api';
import type { ConsentFieldsInput } from './enrolment-schemas';
import { useFsLabel } from './shared';

const LABELS: Record<string, string> = {
  programmeId: 'strengthening.field.programme',
  givenByPersonId: 'strengthening.consent.givenBy',
  givenOn: 'strengthening.consent.givenOn',
  shareWith: 'strengthening.consent.shareWith',
  note: 'strengthening.consent.note',
};

/** A consent field's label by its path (`consent.givenOn` → "Given on"). */
export function useConsentLabel() {
  const intl = useIntl();
  return (path: string) => {
    const field = path.split('.').find((part) => part in LABELS);
    return field ? intl.formatMessage({ id: LABELS[field] }) : path;
  };
}

/** A new consent: given by the household's first adult, today, sharing nothing. */
export const emptyConsent = (h: HouseholdDetail): ConsentFieldsInput => ({
  givenByPersonId: h.members.find((m) => m.relationship !== 'child')?.personId ?? '',
  givenOn: isoToday(),
  shareWith: [],
  note: '',
});

/**
 * The programmes of the family's location (a form starts on the first of them); undefined
 * while they are read.
 */
export function useLocationProgrammes(locationId: string): StrengtheningProgramme[] | undefined {
  return useStrengtheningProgrammes().data?.filter((p) => p.locationId === locationId);
}

/** The programme a consent or an enrolment is for. */
export function ProgrammeSelect({
  programmes,
  ...input
}: GetInputPropsReturnType & { programmes: StrengtheningProgramme[] }) {
  const localized = useLocalized();
  return (
    <NativeSelect
      label={useConsentLabel()('programmeId')}
      required
      data={programmes.map((p) => ({ value: p.id, label: localized(p.name) }))}
      {...input}
    />
  );
}

/** Who gave consent, when, and what it lets the programme share (also part of the enrolment form). */
export function ConsentInputs({
  household: h,
  bind,
}: {
  household: HouseholdDetail;
  bind(field: keyof ConsentFieldsInput): GetInputPropsReturnType;
}) {
  const intl = useIntl();
  const fsLabel = useFsLabel();
  const label = useConsentLabel();
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={label('givenByPersonId')}
          required
          data={[
            { value: '', label: intl.formatMessage({ id: 'strengthening.choose' }) },
            ...h.members
              .filter((m) => m.relationship !== 'child')
              .map((m) => ({ value: m.personId, label: personName(m) })),
          ]}
          {...bind('givenByPersonId')}
        />
        <DateField w="100%" label={label('givenOn')} required {...bind('givenOn')} />
      </SimpleGrid>
      <Checkbox.Group
        label={label('shareWith')}
        description={intl.formatMessage({ id: 'strengthening.consent.shareHint' })}
        {...bind('shareWith')}
      >
        <Stack gap={4} mt={4}>
          {SHARE_SCOPES.map((s) => (
            <Checkbox key={s} value={s} label={fsLabel('share', s)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Textarea label={label('note')} autosize minRows={1} {...bind('note')} />
    </Stack>
  );
}
