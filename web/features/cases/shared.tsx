/** Kept while features move their imports to web/components and web/lib, where these now live. */

export { ErrorAlert } from '../../components/ErrorAlert';
export { DateField } from '../../components/fields/DateField';
export { EnumSelect } from '../../components/fields/EnumSelect';
export { isoToday } from '../../lib/dates';
export { useEnumLabel, useEnumOptions } from '../../lib/enum-labels';
export { ruleOf } from '../../lib/errors';
export { personName } from '../../lib/person-name';

/** Empty strings become null (optional fields the API wants absent rather than ""). */
export function orNull(value: string): string | null {
  return value.trim() === '' ? null : value;
}
