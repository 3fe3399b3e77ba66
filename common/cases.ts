/** The coded values of the case lifecycle (shared/domain.md §2–3), one enum each. */
export const REFERRAL_SOURCES = [
  'guardianship_body',
  'minors_commission',
  'police',
  'hospital',
  'school',
  'family',
  'community',
  'other',
] as const;
export const SEPARATION_REASONS = [
  'parent_death',
  'abandonment',
  'relinquishment',
  'abuse_neglect_exploitation',
  'voluntary_temporary',
  'parental_incapacity',
  'medical_special_care',
  'education_services_access',
] as const;
export const GATEKEEPING_DECISIONS = [
  'family_support_only',
  'kinship',
  'foster',
  'sos_family',
  'short_term_care',
  'youth_house',
  'other_provider',
  'no_action',
] as const;
export const SETTING_TYPES = [
  'kinship_formal',
  'kinship_informal',
  'foster',
  'sos_family',
  'small_group_home',
  'residential',
  'supervised_independent_living',
  'short_term',
] as const;
/** Settings that are family-based: a child under 3 placed elsewhere needs a written justification. */
export const FAMILY_SETTINGS: readonly SettingType[] = [
  'kinship_formal',
  'kinship_informal',
  'foster',
  'sos_family',
];
export const ORDERED_BY = ['court', 'administrative', 'voluntary'] as const;
export const END_REASONS = {
  permanency: ['reunification', 'kinship', 'adoption', 'guardianship', 'independent_living'],
  other: [
    'planned_move',
    'unplanned_move',
    'breakdown',
    'missing',
    'hospital',
    'detention',
    'death',
    'transfer',
    'aged_out_without_plan',
  ],
} as const;
export const ALL_END_REASONS = [...END_REASONS.permanency, ...END_REASONS.other] as const;
export const CASE_STATUSES = ['referred', 'assessment', 'in_care', 'after_care', 'closed'] as const;
export const CLOSE_REASONS = [
  'reunified',
  'adopted',
  'guardianship',
  'aged_out',
  'transferred_out',
  'no_care_needed',
  'death',
  'other',
] as const;
export const RELATIONSHIPS = [
  'mother',
  'father',
  'sibling',
  'grandparent',
  'aunt_uncle',
  'step_parent',
  'other',
] as const;
export const PARENTAL_RIGHTS = ['full', 'restricted', 'deprived', 'unknown', 'not_applicable'] as const;
export const PARENTAL_STATUSES = ['both_alive', 'one_dead', 'both_dead', 'unknown'] as const;
export const PERMANENCY_GOALS = [
  'reunification',
  'kinship',
  'adoption',
  'guardianship',
  'long_term_family_care',
  'independent_living',
] as const;
export const CARE_PLAN_DOMAINS = [
  'health',
  'education',
  'emotional_behavioural',
  'family_social',
  'identity_culture',
  'self_care',
  'safety',
  'legal_status',
] as const;
export const REVIEW_KINDS = ['periodic', 'ad_hoc', 'placement_change', 'before_exit'] as const;
export const CONTACT_KINDS = ['visit', 'call', 'video', 'overnight'] as const;
export const CONTACT_STATUSES = ['planned', 'held', 'cancelled'] as const;
export const CANCELLED_BY = ['family', 'child', 'caregiver', 'agency'] as const;

export type SettingType = (typeof SETTING_TYPES)[number];
export type EndReason = (typeof ALL_END_REASONS)[number];
export type CaseStatus = (typeof CASE_STATUSES)[number];

export function endReasonGroup(reason: EndReason): 'permanency' | 'other' {
  return (END_REASONS.permanency as readonly string[]).includes(reason) ? 'permanency' : 'other';
}
