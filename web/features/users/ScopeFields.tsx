import { Checkbox, MultiSelect, Stack } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useLocalized } from '../../lib/format';
import { useLocations, useProgrammes } from '../../lib/organisation';

export interface ScopeValue {
  scopeAll: boolean;
  scopeLocationIds: string[];
  scopeProgrammeIds: string[];
}

/** Everything, or a set of locations and/or programmes. */
export function ScopeFields({ value, onChange }: { value: ScopeValue; onChange(value: ScopeValue): void }) {
  const intl = useIntl();
  const localized = useLocalized();
  const locations = useLocations();
  const programmes = useProgrammes();
  return (
    <Stack gap="xs">
      <Checkbox
        label={intl.formatMessage({ id: 'users.scopeAll' })}
        checked={value.scopeAll}
        onChange={(e) => onChange({ ...value, scopeAll: e.currentTarget.checked })}
      />
      {!value.scopeAll && (
        <>
          <MultiSelect
            label={intl.formatMessage({ id: 'users.scopeLocations' })}
            data={(locations.data ?? []).map((l) => ({ value: l.id, label: localized(l.name) }))}
            value={value.scopeLocationIds}
            onChange={(ids) => onChange({ ...value, scopeLocationIds: ids })}
            searchable
          />
          <MultiSelect
            label={intl.formatMessage({ id: 'users.scopeProgrammes' })}
            data={(programmes.data ?? []).map((p) => ({ value: p.id, label: localized(p.name) }))}
            value={value.scopeProgrammeIds}
            onChange={(ids) => onChange({ ...value, scopeProgrammeIds: ids })}
            searchable
          />
        </>
      )}
    </Stack>
  );
}
