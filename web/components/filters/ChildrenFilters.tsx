import { useIntl } from 'react-intl';
import { CASE_STATUSES, SETTING_TYPES } from '../../../common/cases';
import { AGE_BANDS } from '../../../common/contracts/cases';
import { EnumSelect } from '../fields/EnumSelect';
import { PlaceFilters } from './PlaceFilters';

export const CHILDREN_FILTERS = ['locationId', 'programmeId', 'status', 'settingType', 'ageBand'] as const;
export type ChildrenFilter = Record<(typeof CHILDREN_FILTERS)[number], string>;

/**
 * The filters of the children list — where, which programme, case status, setting and age
 * band — shared by the children list and the researchers' export, which must select alike.
 */
export function ChildrenFilters({
  filter,
  set,
}: {
  filter: ChildrenFilter;
  set(key: keyof ChildrenFilter, value: string): void;
}) {
  const intl = useIntl();
  const enumFilter = (
    key: 'status' | 'settingType' | 'ageBand',
    group: string,
    values: readonly string[],
  ) => (
    <EnumSelect
      label={intl.formatMessage({ id: `cases.field.${key}` })}
      group={group}
      values={values}
      empty="any"
      value={filter[key]}
      onChange={(v) => set(key, v)}
    />
  );
  return (
    <>
      <PlaceFilters locationId={filter.locationId} programmeId={filter.programmeId} set={set} />
      {enumFilter('status', 'status', CASE_STATUSES)}
      {enumFilter('settingType', 'setting', SETTING_TYPES)}
      {enumFilter('ageBand', 'ageBand', AGE_BANDS)}
    </>
  );
}
