import { Button, Group, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PlaceSelect } from '../../components/fields/PlaceSelect';
import { type FamilyDetail, useChangeDistrict } from './api';

/**
 * The family's city or district chosen from the places, saved with the version read. Where the
 * district the family wrote matched no place, the officer is told so and what was written.
 */
export function DistrictForm({ family }: { family: FamilyDetail }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const change = useChangeDistrict(family.id);
  const [chosen, setChosen] = useState(family.districtCode);
  const [stored, setStored] = useState(family.districtCode);
  const [saved, setSaved] = useState(false);
  // When the family is read again (saved here, or changed by someone else), show what is stored.
  if (stored !== family.districtCode) {
    setStored(family.districtCode);
    setChosen(family.districtCode);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    try {
      await change.mutateAsync({ version: family.version, districtCode: chosen });
      setSaved(true);
    } catch {
      // ErrorAlert shows the message (409: who changed the family meanwhile).
    }
  }

  const label = t(family.country === 'TR' ? 'foster.field.province' : 'foster.field.district');
  return (
    <form onSubmit={save} aria-label={label}>
      <Stack gap="xs">
        {!family.districtCode && family.district && (
          <Text size="sm" c="red.9" role="note">
            {t('foster.district.unmatched', { written: family.district })}
          </Text>
        )}
        <Group gap="sm" align="flex-end" wrap="wrap">
          <PlaceSelect
            label={label}
            country={family.country}
            value={chosen}
            onChange={(code) => {
              setChosen(code);
              setSaved(false);
            }}
            w={{ base: '100%', xs: 440 }}
          />
          <Button
            type="submit"
            variant="default"
            loading={change.isPending}
            disabled={chosen === family.districtCode}
          >
            <FormattedMessage id="foster.district.save" />
          </Button>
        </Group>
        {saved && !change.error && (
          <Text size="sm" c="teal" role="status">
            <FormattedMessage id="foster.district.saved" />
          </Text>
        )}
        <ErrorAlert error={change.error} reloadKey={null} />
      </Stack>
    </form>
  );
}
