export const ROLES = [
  'admin',
  'director',
  'supervisor',
  'social_worker',
  'foster_care_officer',
  'analyst',
  'teacher',
] as const;
export type Role = (typeof ROLES)[number];
