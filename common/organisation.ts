export const PROGRAMME_TYPES = [
  'family_based_care',
  'youth_house',
  'education',
  'day_care',
  'short_term_care',
  'family_strengthening',
  'kindergarten',
  'social_centre',
] as const;
export type ProgrammeType = (typeof PROGRAMME_TYPES)[number];

export const PROGRAMME_STATUSES = ['planned', 'active', 'closed'] as const;

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
