import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../support/test-app';
import { openCaseLifecycle, referSiblings } from './support/case-lifecycle';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  ({ t, admin } = await openCaseLifecycle());
});
afterAll(() => t.close());

interface Event {
  action: string;
  entityType: string;
  entityId: string | null;
  recordName: string | null;
  caseId: string | null;
  caseNumber: string | null;
}

describe('the audit log names its records', () => {
  it('names a case by its number and child, the person, and the user; links events to the case', async () => {
    const [aysel] = await referSiblings();
    const [caseRow] = await t.db.query<{ id: string; case_number: string; child_id: string }>(
      'select id, case_number, child_id from cases where id = $1',
      [aysel!.id],
    );
    const page = (
      await admin.request('GET', `/api/audit-events?entityType=case&entityId=${aysel!.id}`)
    ).json();
    const referred = page.items.find((e: Event) => e.action === 'case.referred') as Event;
    expect(referred.recordName).toBe(`${caseRow!.case_number} · Məmmədova Aysel`);
    expect(referred.caseNumber).toBe(caseRow!.case_number);

    expect((await admin.request('GET', `/api/people/${caseRow!.child_id}`)).statusCode).toBe(200);
    const person = (
      await admin.request('GET', `/api/audit-events?entityType=person&entityId=${caseRow!.child_id}`)
    ).json();
    expect(person.items[0].recordName).toBe('Məmmədova Aysel');

    const users = (await admin.request('GET', '/api/audit-events?entityType=user')).json();
    const named = users.items.filter((e: Event) => e.recordName !== null);
    expect(named.length).toBeGreaterThan(0);
    expect(named[0].recordName).toMatch(/\(.+\)$/);
  });

  it('a record id that is not a record, or a record since gone, stays unnamed without an error', async () => {
    await t.db.query(
      `insert into audit_events (actor_username, action, entity_type, entity_id) values
        ('admin', 'people.searched', 'person_search', 'not-a-uuid'),
        ('admin', 'person.viewed', 'person', '00000000-0000-4000-8000-000000000000')`,
    );
    const res = await admin.request('GET', '/api/audit-events?pageSize=5');
    expect(res.statusCode).toBe(200);
    const [gone, search] = res.json().items as Event[];
    expect(gone!.recordName).toBeNull();
    expect(search!.recordName).toBeNull();
  });
});
