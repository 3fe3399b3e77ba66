/**
 * National identity numbers. Azerbaijan's FIN (fərdi identifikasiya nömrəsi) is 7 characters,
 * digits and Latin capitals without the easily confused I and O, and has no public check
 * digit. Turkey's T.C. kimlik no is 11 digits, never starting with 0, with two check digits.
 */
export type NationalIdType = 'az_fin' | 'tr_kimlik' | 'other';
export const NATIONAL_ID_TYPES = ['az_fin', 'tr_kimlik', 'other'] as const;

export function normaliseNationalId(type: NationalIdType, value: string): string {
  const compact = value.replace(/[\s-]/g, '');
  return type === 'az_fin' ? compact.toUpperCase() : compact;
}

export function isValidFin(value: string): boolean {
  return /^[0-9A-HJ-NP-Z]{7}$/.test(value);
}

export function isValidTcKimlik(value: string): boolean {
  if (!/^[1-9][0-9]{10}$/.test(value)) return false;
  const d = [...value].map(Number);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = d.slice(0, 10).reduce((a, b) => a + b, 0) % 10;
  return d[9] === tenth && d[10] === eleventh;
}

export function isValidNationalId(type: NationalIdType, value: string): boolean {
  const id = normaliseNationalId(type, value);
  if (type === 'az_fin') return isValidFin(id);
  if (type === 'tr_kimlik') return isValidTcKimlik(id);
  return id.length >= 3 && id.length <= 40;
}
