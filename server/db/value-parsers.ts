const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * How both drivers read values, by type oid: dates (SQL `date`) stay 'YYYY-MM-DD' strings, so a
 * birth date never shifts with the server's time zone; bigint counts and numerics become numbers.
 */
export const VALUE_PARSERS: Record<number, (value: string) => unknown> = {
  [DATE_OID]: (value) => value,
  [INT8_OID]: (value) => Number(value),
  [NUMERIC_OID]: (value) => Number(value),
};
