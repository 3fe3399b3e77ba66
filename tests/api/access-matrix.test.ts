import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../common/roles';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

/**
 * Who may call each route, written out here independently of the access policy: the test
 * walks every route of the OpenAPI document with every role (and with no session) and
 * compares the answers. A route added without a line here fails the test.
 */
const ALL: Role[] = [...ROLES];
// Everyone who works with the organisation's own records: every role but the working group's.
const STAFF: Role[] = ROLES.filter((r) => r !== 'working_group_member');
const CASE_READERS: Role[] = ['admin', 'director', 'supervisor', 'social_worker', 'foster_care_officer'];
const CASE_WRITERS: Role[] = ['admin', 'supervisor', 'social_worker'];
const APPROVERS: Role[] = ['admin', 'supervisor'];
const PROGRAMME_READERS: Role[] = ['admin', 'director', 'supervisor', 'social_worker', 'teacher'];
const PROGRAMME_MANAGERS: Role[] = ['admin', 'supervisor', 'social_worker'];
const COOPERATION_READERS: Role[] = ['admin', 'director', 'working_group_member'];
const COOPERATION_WRITERS: Role[] = ['admin', 'working_group_member'];
const EXPECTED: Record<string, 'public' | Role[]> = {
  'GET /api/health': 'public',
  'POST /api/auth/login': 'public',
  'GET /api/auth/session': ALL,
  'GET /api/auth/status': 'public',
  'PUT /api/me/preferences': ALL,
  'POST /api/auth/login/code': ALL,
  'POST /api/auth/sign-out-everywhere': ALL,
  'GET /api/me/two-factor': ALL,
  'POST /api/me/two-factor/setup': ALL,
  'POST /api/me/two-factor/confirm': ALL,
  'POST /api/me/two-factor/disable': ALL,
  'POST /api/me/two-factor/recovery-codes': ALL,
  'GET /api/security/two-factor-roles': ['admin'],
  'PUT /api/security/two-factor-roles/{role}': ['admin'],
  'GET /api/users/{id}/security': ['admin'],
  'POST /api/users/{id}/sessions/end': ['admin'],
  'POST /api/users/{id}/two-factor/reset': ['admin'],
  'GET /api/users': ['admin'],
  'POST /api/users': ['admin'],
  'GET /api/users/{id}': ['admin'],
  'PATCH /api/users/{id}': ['admin'],
  'POST /api/users/{id}/password': ['admin'],
  'GET /api/locations': STAFF,
  'GET /api/programmes': STAFF,
  'GET /api/programmes/{id}': STAFF,
  'GET /api/programmes/{id}/overview': STAFF,
  'PUT /api/programmes/{id}/settings': ['admin'],
  'GET /api/villages/{id}': STAFF,
  'GET /api/villages/{id}/occupancy': STAFF,
  'GET /api/audit-events': ['admin'],
  'GET /api/audit-events/actions': ['admin'],
  'GET /api/search/people': CASE_READERS,
  'POST /api/people/duplicate-check': CASE_WRITERS,
  'GET /api/people/merges': ['admin'],
  'POST /api/people/merges': ['admin'],
  'POST /api/people/merges/{id}/undo': ['admin'],
  'GET /api/people/{id}': ['admin'],
  'POST /api/referrals': CASE_WRITERS,
  'GET /api/cases': CASE_READERS,
  'GET /api/my-work': CASE_READERS,
  'GET /api/team-work': APPROVERS,
  'POST /api/cases/{id}/reassignment': APPROVERS,
  'GET /api/cases/{id}': CASE_READERS,
  'PATCH /api/cases/{id}/child': CASE_WRITERS,
  'GET /api/cases/{id}/family': CASE_READERS,
  'POST /api/cases/{id}/assignment': CASE_WRITERS,
  'POST /api/cases/{id}/family': CASE_WRITERS,
  'POST /api/cases/{id}/family/suggestions': CASE_WRITERS,
  'PUT /api/family-members/{id}': CASE_WRITERS,
  'GET /api/cases/{id}/workers': CASE_READERS,
  'POST /api/cases/{id}/close': CASE_WRITERS,
  'POST /api/cases/{id}/reopen': CASE_WRITERS,
  'GET /api/cases/{id}/timeline': CASE_READERS,
  'GET /api/cases/{id}/access-log': ['admin'],
  'GET /api/cases/{id}/gatekeeping': CASE_READERS,
  'POST /api/cases/{id}/gatekeeping': CASE_WRITERS,
  'GET /api/cases/{id}/gatekeeping/siblings': CASE_READERS,
  'POST /api/cases/{id}/gatekeeping/group': CASE_WRITERS,
  'PUT /api/gatekeeping/{id}': CASE_WRITERS,
  'POST /api/gatekeeping/{id}/submit': CASE_WRITERS,
  'POST /api/gatekeeping/{id}/review': APPROVERS,
  'GET /api/cases/{id}/placements': CASE_READERS,
  'POST /api/cases/{id}/placements': CASE_WRITERS,
  'POST /api/placements/{id}/end': CASE_WRITERS,
  'POST /api/placements/{id}/correction': CASE_WRITERS,
  'GET /api/cases/{id}/care-plans': CASE_READERS,
  'POST /api/cases/{id}/care-plans': CASE_WRITERS,
  'PUT /api/care-plans/{id}': CASE_WRITERS,
  'POST /api/care-plans/{id}/submit': CASE_WRITERS,
  'POST /api/care-plans/{id}/review': APPROVERS,
  'GET /api/cases/{id}/reviews': CASE_READERS,
  'POST /api/cases/{id}/reviews': CASE_WRITERS,
  'GET /api/cases/{id}/contacts': CASE_READERS,
  'POST /api/cases/{id}/contacts': CASE_WRITERS,
  'GET /api/cases/{id}/short-term-episodes': CASE_READERS,
  'PUT /api/short-term-episodes/{id}': CASE_WRITERS,
  'GET /api/cases/{id}/leaving-care': CASE_READERS,
  'POST /api/cases/{id}/leaving-care': CASE_WRITERS,
  'PUT /api/leaving-care/{id}': CASE_WRITERS,
  'POST /api/leaving-care/{id}/left': CASE_WRITERS,
  'GET /api/cases/{id}/follow-ups': CASE_READERS,
  'POST /api/follow-ups/{id}': CASE_WRITERS,
  'GET /api/cases/{id}/documents': CASE_READERS,
  'POST /api/cases/{id}/documents': CASE_WRITERS,
  'GET /api/documents/{id}/content': CASE_READERS,
  'POST /api/public/foster-eligibility': 'public',
  'POST /api/public/foster-applications': 'public',
  'GET /api/public/foster-applications/{token}': 'public',
  'POST /api/public/foster-applications/{token}/documents': 'public',
  'POST /api/foster/families/{id}/documents': ['admin', 'foster_care_officer'],
  'GET /api/foster/documents/{id}/content': ['admin', 'director', 'foster_care_officer'],
  'PUT /api/foster/families/{id}/location': ['admin', 'foster_care_officer'],
  'PUT /api/foster/families/{id}/district': ['admin', 'foster_care_officer'],
  'GET /api/foster/districts/unmatched': ['admin', 'foster_care_officer'],
  'GET /api/foster/families': ['admin', 'director', 'foster_care_officer'],
  'GET /api/foster/families/{id}': ['admin', 'director', 'foster_care_officer'],
  'POST /api/foster/families/{id}/status': ['admin', 'foster_care_officer'],
  'PUT /api/foster/requirements/{id}': ['admin', 'foster_care_officer'],
  'POST /api/foster/families/{id}/requirements': ['admin', 'foster_care_officer'],
  'POST /api/foster/families/{id}/home-studies': ['admin', 'foster_care_officer'],
  'POST /api/foster/families/{id}/decision': ['admin', 'foster_care_officer'],
  'GET /api/foster/rule-sets': ['admin', 'director', 'foster_care_officer'],
  'GET /api/foster/recruitment': ['admin', 'director', 'foster_care_officer'],
  'POST /api/foster/campaigns': ['admin', 'foster_care_officer'],
  'POST /api/foster/ambassadors': ['admin', 'foster_care_officer'],
  'POST /api/foster/events': ['admin', 'foster_care_officer'],
  'POST /api/foster/inquiries': ['admin', 'foster_care_officer'],
  'PUT /api/foster/inquiries/{id}': ['admin', 'foster_care_officer'],
  'GET /api/foster/funnel': ['admin', 'director', 'foster_care_officer'],
  'GET /api/cases/{id}/foster-matches': ['admin', 'director', 'foster_care_officer'],
  'POST /api/cases/{id}/foster-placements': ['admin', 'foster_care_officer'],
  'GET /api/foster/visits/due': ['admin', 'director', 'foster_care_officer'],
  'GET /api/foster/families/{id}/visits': ['admin', 'director', 'foster_care_officer'],
  'POST /api/foster/visits/{id}': ['admin', 'foster_care_officer'],
  'POST /api/foster/placements/{id}/visits': ['admin', 'foster_care_officer'],
  'GET /api/foster/placements/{id}/allowances': ['admin', 'director', 'foster_care_officer'],
  'POST /api/foster/placements/{id}/payments': ['admin', 'foster_care_officer'],
  'POST /api/foster/rule-sets': ['admin'],
  'GET /api/indicators/dashboard': [
    'admin',
    'director',
    'supervisor',
    'social_worker',
    'foster_care_officer',
    'analyst',
  ],
  'GET /api/indicators/children': CASE_READERS,
  'GET /api/indicators/child-population': [
    'admin',
    'director',
    'supervisor',
    'social_worker',
    'foster_care_officer',
    'analyst',
  ],
  'PUT /api/indicators/child-population': ['admin'],
  'GET /api/indicators/exchange': ['admin', 'director', 'analyst'],
  'GET /api/indicators/exchange/schema.json': ['admin', 'director', 'analyst'],
  'POST /api/indicators/exchange': ['admin', 'director', 'analyst'],
  'GET /api/indicators/exchange/imported': ['admin', 'director', 'analyst'],
  'GET /api/indicators/exchange/imported/{id}/compare': ['admin', 'director', 'analyst'],
  'GET /api/quality/standards': ['admin', 'director', 'supervisor', 'analyst'],
  'GET /api/quality/assessments/{programmeId}/{year}': ['admin', 'director', 'supervisor', 'analyst'],
  'PUT /api/quality/assessments/{programmeId}/{year}': ['admin', 'director', 'supervisor'],
  'GET /api/cooperation/figures': ['admin', 'director', 'working_group_member'],
  'GET /api/reports/annual': ['admin', 'director'],
  'GET /api/reports/annual.pdf': ['admin', 'director'],
  'GET /api/reports/ministry': ['admin', 'director'],
  'GET /api/reports/ministry.pdf': ['admin', 'director'],
  'GET /api/groups': PROGRAMME_READERS,
  'POST /api/groups': PROGRAMME_MANAGERS,
  'GET /api/group-staff': PROGRAMME_MANAGERS,
  'GET /api/groups/{id}': PROGRAMME_READERS,
  'PUT /api/groups/{id}': PROGRAMME_MANAGERS,
  'POST /api/groups/{id}/enrolments': PROGRAMME_MANAGERS,
  'GET /api/groups/{id}/register': PROGRAMME_READERS,
  'PUT /api/groups/{id}/register': ['admin', 'supervisor', 'social_worker', 'teacher'],
  'GET /api/enrolments/{id}': PROGRAMME_READERS,
  'PATCH /api/enrolments/{id}': PROGRAMME_MANAGERS,
  'POST /api/enrolments/{id}/exit': PROGRAMME_MANAGERS,
  'POST /api/tasks/{id}/done': PROGRAMME_MANAGERS,
  'GET /api/strengthening/households': ['admin', 'director', 'supervisor', 'social_worker'],
  'POST /api/strengthening/households': ['admin', 'supervisor', 'social_worker'],
  'GET /api/strengthening/households/{id}': ['admin', 'director', 'supervisor', 'social_worker'],
  'PUT /api/strengthening/households/{id}': ['admin', 'supervisor', 'social_worker'],
  'POST /api/strengthening/households/{id}/members': ['admin', 'supervisor', 'social_worker'],
  'POST /api/strengthening/households/{id}/consents': ['admin', 'supervisor', 'social_worker'],
  'POST /api/strengthening/consents/{id}/withdraw': ['admin', 'supervisor', 'social_worker'],
  'POST /api/strengthening/households/{id}/assessments': ['admin', 'supervisor', 'social_worker'],
  'POST /api/strengthening/households/{id}/enrolments': ['admin', 'supervisor', 'social_worker'],
  'POST /api/strengthening/enrolments/{id}/admit': ['admin', 'supervisor', 'social_worker'],
  'POST /api/strengthening/enrolments/{id}/exit': ['admin', 'supervisor', 'social_worker'],
  'POST /api/strengthening/enrolments/{id}/plan': ['admin', 'supervisor', 'social_worker'],
  'POST /api/strengthening/plans/{id}/goals': ['admin', 'supervisor', 'social_worker'],
  'PUT /api/strengthening/goals/{id}': ['admin', 'supervisor', 'social_worker'],
  'POST /api/strengthening/plans/{id}/reviews': ['admin', 'supervisor', 'social_worker'],
  'POST /api/strengthening/households/{id}/services': ['admin', 'supervisor', 'social_worker'],
  'POST /api/strengthening/households/{id}/referrals': ['admin', 'supervisor', 'social_worker'],
  'PUT /api/strengthening/referrals/{id}': ['admin', 'supervisor', 'social_worker'],
  'GET /api/strengthening/reviews-due': ['admin', 'director', 'supervisor', 'social_worker'],
  'GET /api/strengthening/programmes': ['admin', 'director', 'supervisor', 'social_worker'],
  'PUT /api/strengthening/programmes/{id}/settings': ['admin'],
  'GET /api/strengthening/workers': ['admin', 'supervisor', 'social_worker'],
  'GET /api/exports/cases': CASE_READERS,
  'GET /api/exports/indicator-children': CASE_READERS,
  'GET /api/exports/cases-pseudonymised': ['admin', 'director', 'analyst'],
  'GET /api/exports/foster-families': ['admin', 'director', 'foster_care_officer'],
  'GET /api/exports/foster-inquiries': ['admin', 'director', 'foster_care_officer'],
  'GET /api/exports/audit-events': ['admin'],
  'GET /api/exports/users': ['admin'],
  'GET /api/foster/funnel.pdf': ['admin', 'director', 'foster_care_officer'],
  // The cooperation hub's side (issue 17): the switch, the register, keys, received documents.
  'GET /api/cooperation/hub': ['admin'],
  'PUT /api/cooperation/hub': ['admin'],
  'GET /api/cooperation/countries': ['admin', 'director', 'working_group_member'],
  'POST /api/cooperation/countries': ['admin'],
  'PUT /api/cooperation/countries/{code}': ['admin'],
  'GET /api/cooperation/organisations': ['admin', 'director', 'working_group_member'],
  'POST /api/cooperation/organisations': ['admin'],
  'PUT /api/cooperation/organisations/{id}': ['admin'],
  'GET /api/cooperation/delegates': ['admin', 'director', 'working_group_member'],
  'POST /api/cooperation/delegates': ['admin'],
  'PUT /api/cooperation/delegates/{id}': ['admin'],
  'POST /api/hub/keys': 'public',
  'GET /api/cooperation/keys': ['admin'],
  'POST /api/cooperation/keys/{id}/confirm': ['admin'],
  'POST /api/cooperation/keys/{id}/revoke': ['admin'],
  'POST /api/hub/documents': 'public',
  'POST /api/cooperation/documents/upload': ['admin', 'working_group_member'],
  'GET /api/cooperation/documents': ['admin', 'director', 'working_group_member'],
  // A country's own Yuva linked to the cooperation hub (decision 0045).
  'GET /api/cooperation/connection': ['admin'],
  'PUT /api/cooperation/connection': ['admin'],
  'POST /api/cooperation/connection/register': ['admin'],
  'POST /api/cooperation/connection/confirm': ['admin'],
  'POST /api/cooperation/pushes/indicators': ['admin', 'director'],
  'GET /api/cooperation/pushes': ['admin', 'director'],
  'POST /api/cooperation/pushes/practice': ['admin', 'director'],
  'GET /api/cooperation/pushes/practices': ['admin', 'director'],
  'POST /api/cooperation/pushes/foster-day': ['admin', 'director'],
  'POST /api/cooperation/pushes/ambassadors': ['admin', 'director'],
  // The working group on the hub (issue 17 item 1): read by cooperation.read, changed by
  // cooperation.write (the services then let only officers or the owner country's delegates).
  'GET /api/cooperation/working-group': COOPERATION_READERS,
  'GET /api/cooperation/meetings': COOPERATION_READERS,
  'POST /api/cooperation/meetings': COOPERATION_WRITERS,
  'GET /api/cooperation/meetings/{id}': COOPERATION_READERS,
  'PUT /api/cooperation/meetings/{id}': COOPERATION_WRITERS,
  'GET /api/cooperation/action-items': COOPERATION_READERS,
  'POST /api/cooperation/action-items': COOPERATION_WRITERS,
  'GET /api/cooperation/action-items/{id}': COOPERATION_READERS,
  'PUT /api/cooperation/action-items/{id}': COOPERATION_WRITERS,
  'POST /api/cooperation/action-items/{id}/progress': COOPERATION_WRITERS,
  'GET /api/cooperation/my-actions': COOPERATION_READERS,
  'GET /api/cooperation/commitments': COOPERATION_READERS,
  'PUT /api/cooperation/commitments/{code}/countries/{country}': COOPERATION_WRITERS,
  // The good-practice library on the hub (issue 17 item 2): the working group reads, delegates write.
  'GET /api/cooperation/practices': ['admin', 'director', 'working_group_member'],
  'POST /api/cooperation/practices': ['admin', 'working_group_member'],
  'GET /api/cooperation/practices/translation-queue': ['admin', 'director', 'working_group_member'],
  'GET /api/cooperation/practices/{id}': ['admin', 'director', 'working_group_member'],
  'PATCH /api/cooperation/practices/{id}': ['admin', 'working_group_member'],
  'PUT /api/cooperation/practices/{id}/translations/{language}': ['admin', 'working_group_member'],
  'POST /api/cooperation/practices/{id}/adoptions': ['admin', 'working_group_member'],
  'PATCH /api/cooperation/practice-adoptions/{id}': ['admin', 'working_group_member'],
  'POST /api/cooperation/practices/{id}/attachments': ['admin', 'working_group_member'],
  'GET /api/cooperation/practice-attachments/{id}/content': ['admin', 'director', 'working_group_member'],
  'DELETE /api/cooperation/practice-attachments/{id}': ['admin', 'working_group_member'],
  // Exchanges, observance days and Foster Family Day figures on the hub (issue 17).
  'GET /api/cooperation/exchanges': ['admin', 'director', 'working_group_member'],
  'POST /api/cooperation/exchanges': ['admin', 'working_group_member'],
  'GET /api/cooperation/exchanges/report': ['admin', 'director', 'working_group_member'],
  'GET /api/cooperation/exchanges/report.pdf': ['admin', 'director', 'working_group_member'],
  'GET /api/cooperation/exchanges/{id}': ['admin', 'director', 'working_group_member'],
  'PUT /api/cooperation/exchanges/{id}': ['admin', 'working_group_member'],
  'GET /api/cooperation/observance-days': ['admin', 'director', 'working_group_member'],
  'POST /api/cooperation/observance-days': ['admin'],
  'PUT /api/cooperation/observance-days/{dayId}/plans/{country}/{year}': ['admin', 'working_group_member'],
  'GET /api/cooperation/foster-day-results': ['admin', 'director', 'working_group_member'],
  'GET /api/cooperation/ambassador-figures': ['admin', 'director', 'working_group_member'],
  // Last: it ends the session it is called with.
  'POST /api/auth/logout': ALL,
};

let t: TestApp;
const sessions = new Map<Role, Session>();
let routes: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) sessions.set(role, await t.signIn(role));
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  routes = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
  );
  routes.sort((a, b) => Number(a.endsWith('/logout')) - Number(b.endsWith('/logout')));
}, 300_000);
afterAll(() => t.close());

const urlOf = (path: string) => path.replaceAll(/\{[^}]+\}/g, randomUUID());

describe('authorisation matrix', () => {
  it('lists every route of the OpenAPI document, and only those', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((r) => !(r in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((r) => !routes.includes(r))).toEqual([]);
  });

  it('answers every route as the policy says, for every role and for no session', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const [method, path] = route.split(' ') as [string, string];
      const expected = EXPECTED[route]!;
      const body = method === 'GET' ? undefined : {};
      const anonymous = await t.app.inject({
        method: method as 'GET',
        url: urlOf(path),
        ...(body ? { payload: body } : {}),
      });
      if (expected !== 'public' && anonymous.statusCode !== 401)
        wrong.push(`${route} anonymous → ${anonymous.statusCode}`);
      if (expected === 'public' && [401, 403].includes(anonymous.statusCode))
        wrong.push(`${route} anonymous → ${anonymous.statusCode}`);
      for (const role of ROLES) {
        const res = await sessions.get(role)!.request(method, urlOf(path), body);
        const allowed = expected === 'public' || expected.includes(role);
        if (allowed && [401, 403].includes(res.statusCode))
          wrong.push(`${route} as ${role} → ${res.statusCode}`);
        if (!allowed && res.statusCode !== 403)
          wrong.push(`${route} as ${role} → ${res.statusCode} (expected 403)`);
        if (res.statusCode >= 500) wrong.push(`${route} as ${role} → ${res.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
    // About 250 routes × 9 callers, one after another: a minute or more on a busy 2-core machine.
  }, 300_000);
});
