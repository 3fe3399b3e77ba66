export const ROLES = [
  'admin',
  'director',
  'supervisor',
  'social_worker',
  'foster_care_officer',
  'analyst',
  'teacher',
  // Sees the countries' cooperation space only: no child, family or case (issue 17).
  'working_group_member',
] as const;
export type Role = (typeof ROLES)[number];
