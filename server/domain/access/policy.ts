import type { Role } from '../../../common/roles';

/**
 * The one place that says which role may do what. Every route names one permission (or
 * `public`); the auth plugin refuses a route that names none. Scope (which locations and
 * programmes a user may see) is checked by the services with `scope.ts`.
 */
export const PERMISSIONS = {
  'organisation.read': [
    'admin',
    'director',
    'supervisor',
    'social_worker',
    'foster_care_officer',
    'analyst',
    'teacher',
  ],
  'users.manage': ['admin'],
  'organisation.manage': ['admin'],
  'cases.read': ['admin', 'director', 'supervisor', 'social_worker', 'foster_care_officer'],
  'cases.write': ['admin', 'supervisor', 'social_worker'],
  'cases.approve': ['admin', 'supervisor'],
  // Moving a case to another location (also needs a scope holding both: decision 0018).
  'cases.transfer': ['admin', 'supervisor'],
  // The team's work by worker on the start page, and handing a case to another worker of the team.
  'cases.supervise': ['admin', 'supervisor'],
  'cases.accessLog': ['admin'],
  'people.merge': ['admin'],
  'foster.read': ['admin', 'director', 'foster_care_officer'],
  'foster.manage': ['admin', 'foster_care_officer'],
  'foster.rules': ['admin'],
  'audit.read': ['admin'],
  // The children list for researchers: pseudonyms, no names or identity numbers (decision 0009).
  // Named lists are exported with each list's own read permission.
  'exports.pseudonymised': ['admin', 'director', 'analyst'],
  // Dashboards: every role that reports; the analyst sees aggregates only, small cells hidden.
  'indicators.read': ['admin', 'director', 'supervisor', 'social_worker', 'foster_care_officer', 'analyst'],
  'indicators.population': ['admin'],
  // Aggregate sets shared with other countries' Yuva (small cells always withheld).
  'indicators.share': ['admin', 'director', 'analyst'],
  // Quality4Children self-assessment: programme leads score, the analyst reads (small figures hidden).
  'quality.read': ['admin', 'director', 'supervisor', 'analyst'],
  'quality.write': ['admin', 'director', 'supervisor'],
  // The annual and ministry reports: figures as published, for the organisation's leadership.
  'reports.read': ['admin', 'director'],
  // Day care, education and the kindergarten: groups, enrolments, sessions and attendance.
  'programmes.read': ['admin', 'director', 'supervisor', 'social_worker', 'teacher'],
  'programmes.manage': ['admin', 'supervisor', 'social_worker'],
  'attendance.write': ['admin', 'supervisor', 'social_worker', 'teacher'],
  // Family strengthening: households, assessments, plans, services (consent bounds what is seen).
  'strengthening.read': ['admin', 'director', 'supervisor', 'social_worker'],
  'strengthening.write': ['admin', 'supervisor', 'social_worker'],
  // The countries' cooperation space on the hub (decision 0045): the working group reads it all;
  // delegates change only their own country's entries, the chair and secretary run the meetings
  // (both checked by the services against the delegate's record).
  'cooperation.read': ['admin', 'director', 'working_group_member'],
  'cooperation.write': ['admin', 'working_group_member'],
  // The hub's register: member countries, organisations, delegates, countries' keys.
  'cooperation.hub': ['admin'],
  // A country's own side: its key pair and hub, and what it pushes (aggregates and knowledge only).
  'cooperation.connect': ['admin'],
  'cooperation.push': ['admin', 'director'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
/**
 * `authenticated`: any signed-in user (their own session and preferences). `session`: also a
 * session half-way through sign-in (the code step, setting up an authenticator), which passes
 * no other route.
 */
export type RouteAccess = Permission | 'public' | 'authenticated' | 'session';

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}
