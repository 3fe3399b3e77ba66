import { useIntl } from 'react-intl';

/** The label of a coded value: `cases.<group>.<value>`. */
export function useEnumLabel() {
  const intl = useIntl();
  return (group: string, value: string | null | undefined) =>
    value ? intl.formatMessage({ id: `cases.${group}.${value}` }) : intl.formatMessage({ id: 'common.none' });
}

/** Options of a select for one enum, optionally with an empty first option. */
export function useEnumOptions() {
  const label = useEnumLabel();
  const intl = useIntl();
  return (group: string, values: readonly string[], empty?: 'any' | 'choose') => [
    ...(empty ? [{ value: '', label: intl.formatMessage({ id: `cases.${empty}` }) }] : []),
    ...values.map((v) => ({ value: v, label: label(group, v) })),
  ];
}
