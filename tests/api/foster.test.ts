import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../support/test-app';
import { adult, application, apply, openFoster } from './support/foster';

/** Foster care: the public application form — eligibility, the private status link, abuse. */
let t: TestApp;
let officer: Session;

beforeAll(async () => {
  ({ t, officer } = await openFoster());
});
afterAll(() => t.close());

describe('public application form', () => {
  it('checks eligibility as the family types, in their language, storing nothing', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/foster-eligibility',
      headers: { 'accept-language': 'tr' },
      payload: { country: 'TR', adults: [adult({ birthDate: '2004-01-01', education: 'none' })] },
    });
    expect(res.json().breaches.map((b: { rule: string }) => b.rule)).toEqual(['too_young', 'education']);
    expect(res.json().breaches[0].message).toBe('Ayşe Yılmaz: başvuru sahipleri en az 25 yaşında olmalı.');
  });

  it('takes an application without sign-in and gives a private link that shows only this application', async () => {
    const res = await apply(application());
    expect(res.statusCode, res.body).toBe(201);
    const { reference, statusPath, breaches } = res.json();
    expect(reference).toMatch(/^FF-TR-\d{4}-\d{5}$/);
    expect(breaches).toEqual([]);
    const token = statusPath.split('/').at(-1);
    const status = await t.app.inject({ method: 'GET', url: `/api/public/foster-applications/${token}` });
    expect(status.json()).toMatchObject({ reference, status: 'applying' });
    // Turkey: criminal record and health report per adult, CV per adult, 5 references, 5 interviews, training.
    const codes = status.json().requirements.map((r: { code: string }) => r.code);
    expect(codes.filter((c: string) => c === 'home_study_interview')).toHaveLength(5);
    expect(codes.filter((c: string) => c === 'criminal_record')).toHaveLength(2);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/public/foster-applications/not-a-real-token-at-all-000',
        })
      ).statusCode,
    ).toBe(404);
    // Only a hash of the link is stored.
    const stored = await t.db.query<{ h: string }>(
      'select access_token_hash as h from foster_families where reference = $1',
      [reference],
    );
    expect(stored[0]!.h).not.toContain(token);
  });

  it('refuses robots (the hidden field), script in fields stays text, and flooding from one address is stopped', async () => {
    expect((await apply(application({ website: 'http://spam' }), '198.51.100.8')).statusCode).toBe(400);
    const xss = await apply(application({ motivation: '<script>alert(1)</script>' }), '198.51.100.8');
    expect(xss.statusCode).toBe(201);
    const families = (await officer.request('GET', '/api/foster/families')).json();
    const id = families.items[0].id;
    expect((await officer.request('GET', `/api/foster/families/${id}`)).json().motivation).toBe(
      '<script>alert(1)</script>',
    );
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await apply(application(), '198.51.100.9')).statusCode);
    expect(codes).toEqual([201, 201, 201, 201, 201, 429]);
    const flooded = await apply(application(), '198.51.100.9', 'en');
    expect(flooded.json().error.message).toBe(
      'Too many applications have been sent from this connection. Please try again in 60 minutes.',
    );
  });
});
