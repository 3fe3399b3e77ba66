import { NativeSelect } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useLocalized } from '../../lib/format';
import { useLocations, useProgrammes } from '../../lib/organisation';

type PlaceKey = 'locationId' | 'programmeId';

/**
 * The location and programme filters: the programmes offered are those of the chosen location,
 * so a caller's `set('locationId', …)` should also clear `programmeId` (as `useAddressFilter` does).
 */
export function PlaceFilters({
  locationId,
  programmeId,
  set,
  fixedWidths = false,
}: {
  locationId: string;
  programmeId: string;
  set(key: PlaceKey, value: string): void;
  /** Fixed widths for a bar of many fields (the dashboard); else the programme list, with its long names, is capped. */
  fixedWidths?: boolean;
}) {
  const intl = useIntl();
  const localized = useLocalized();
  const locations = useLocations();
  const programmes = useProgrammes({ locationId: locationId || undefined });
  const any = { value: '', label: intl.formatMessage({ id: 'cases.any' }) };
  return (
    <>
      <NativeSelect
        label={intl.formatMessage({ id: 'cases.field.location' })}
        value={locationId}
        onChange={(e) => set('locationId', e.currentTarget.value)}
        w={fixedWidths ? 180 : undefined}
        data={[any, ...(locations.data ?? []).map((l) => ({ value: l.id, label: localized(l.name) }))]}
      />
      <NativeSelect
        label={intl.formatMessage({ id: 'cases.field.programme' })}
        value={programmeId}
        onChange={(e) => set('programmeId', e.currentTarget.value)}
        {...(fixedWidths ? { w: 260 } : { maw: 260 })}
        data={[any, ...(programmes.data ?? []).map((p) => ({ value: p.id, label: localized(p.name) }))]}
      />
    </>
  );
}
