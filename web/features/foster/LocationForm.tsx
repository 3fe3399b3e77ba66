import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLocalized } from '../../lib/format';
import { useLocations } from '../../lib/organisation';
import { type FamilyDetail, useChangeLocation } from './api';

/**
 * The office whose area the family lives in (matching scores nearness to the child's home by
 * it), saved with the version read; a 409 shows who changed it and the family is read again.
 */
export function LocationForm({ family }: { family: FamilyDetail }) {
  const intl = useIntl();
  const localized = useLocalized();
  const locations = useLocations();
  const change = useChangeLocation(family.id);
  const [chosen, setChosen] = useState(family.locationId ?? '');
  const [stored, setStored] = useState(family.locationId);
  const [saved, setSaved] = useState(false);
  // When the family is read again (saved here, or changed by someone else), show what is stored.
  if (stored !== family.locationId) {
    setStored(family.locationId);
    setChosen(family.locationId ?? '');
  }
  const options = (locations.data ?? []).map((l) => ({ value: l.id, label: localized(l.name) }));
  // A location outside the officer's scope is still shown as the one stored.
  if (family.locationId && !options.some((o) => o.value === family.locationId))
    options.push({ value: family.locationId, label: localized(family.locationName) });

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    try {
      await change.mutateAsync({ version: family.version, locationId: chosen || null });
      setSaved(true);
    } catch {
      // ErrorAlert shows the message (409: who changed the family meanwhile).
    }
  }

  return (
    <form onSubmit={save} aria-label={intl.formatMessage({ id: 'foster.location.formLabel' })}>
      <Stack gap="xs">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={intl.formatMessage({ id: 'foster.location.label' })}
            description={intl.formatMessage({ id: 'foster.location.hint' })}
            value={chosen}
            data={[{ value: '', label: intl.formatMessage({ id: 'foster.location.none' }) }, ...options]}
            onChange={(e) => {
              setChosen(e.currentTarget.value);
              setSaved(false);
            }}
            w={{ base: '100%', xs: 440 }}
            data-testid="foster-location-select"
          />
          <Button
            type="submit"
            variant="default"
            loading={change.isPending}
            disabled={chosen === (family.locationId ?? '')}
          >
            <FormattedMessage id="foster.location.save" />
          </Button>
        </Group>
        {saved && !change.error && (
          <Text size="sm" c="teal" role="status">
            <FormattedMessage id="foster.location.saved" />
          </Text>
        )}
        <ErrorAlert error={change.error} reloadKey={null} />
        <ErrorAlert error={locations.error} reloadKey={null} />
      </Stack>
    </form>
  );
}
