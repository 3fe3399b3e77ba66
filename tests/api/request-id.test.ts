import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientRequestId } from '../../server/app';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * The request id in the audit log and in the answer is the server's own; a client's X-Request-Id
 * (a copy of another request's, say) never becomes it (decision 0020).
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it('two requests with the same client X-Request-Id get distinct server ids in the audit and the answer', async () => {
    const clientId = 'copied-from-another-request';
    const answers = [];
    for (const username of ['rid-one', 'rid-two']) {
      answers.push(
        await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { 'x-request-id': clientId },
          payload: { username, password: 'guess' },
        }),
      );
    }
    const rows = await t.db.query<{ request_id: string; username: string }>(
      `select request_id, changes->>'username' as username from audit_events
        where action = 'auth.login_failed' and changes->>'username' in ('rid-one', 'rid-two')
        order by changes->>'username'`,
    );
    expect(rows.map((r) => r.username)).toEqual(['rid-one', 'rid-two']);
    const [one, two] = rows.map((r) => r.request_id);
    expect(one).toMatch(UUID);
    expect(two).toMatch(UUID);
    expect(one).not.toBe(two);
    expect([one, two]).not.toContain(clientId);
    // The answer names the same id the audit row holds, so a user's report leads to the row.
    expect(answers.map((a) => a.headers['x-request-id'])).toEqual([one, two]);
  });

  it('an id written by the client never reaches the audit, however it looks', async () => {
    for (const [i, sent] of ['x'.repeat(64), '<script>', 'a b', ''].entries()) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-request-id': sent },
        payload: { username: `rid-odd-${i}`, password: 'guess' },
      });
      const [row] = await t.db.query<{ request_id: string }>(
        `select request_id from audit_events where action = 'auth.login_failed' and changes->>'username' = $1`,
        [`rid-odd-${i}`],
      );
      expect(row!.request_id).toMatch(UUID);
      expect(res.headers['x-request-id']).toBe(row!.request_id);
    }
  });

  it("the log line carries the server's id, and the client's beside it only when well-formed", async () => {
    expect(clientRequestId('nginx-1a2b.3_c')).toEqual({ clientRequestId: 'nginx-1a2b.3_c' });
    for (const bad of ['x'.repeat(65), 'a b', '<script>', '', undefined, ['a', 'b']])
      expect(clientRequestId(bad)).toEqual({});

    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const logged = await createTestApp({ logLevel: 'info', logStream: stream });
    try {
      const res = await logged.app.inject({
        method: 'GET',
        url: '/api/health',
        headers: { 'x-request-id': 'upstream-42' },
      });
      const incoming = lines.find((l) => l.msg === 'incoming request') as { req: Record<string, unknown> };
      expect(incoming.req.requestId).toBe(res.headers['x-request-id']);
      expect(incoming.req.requestId).toMatch(UUID);
      expect(incoming.req.clientRequestId).toBe('upstream-42');
    } finally {
      await logged.close();
    }
  });
});
