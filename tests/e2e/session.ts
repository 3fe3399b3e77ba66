import { expect } from 'vitest';

// biome-ignore lint/suspicious/noExplicitAny: a story reads the answers it needs from each call
export type Call = (method: string, path: string, body?: unknown) => Promise<any>;

export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  body: any;
  headers: Headers;
}

/**
 * Signs in through the API of the server at `base` and answers with a caller that sends the
 * session cookie and CSRF token: `call` throws on an error answer, `raw` gives any answer.
 */
export async function apiAs(
  base: string,
  username: string,
  password: string,
): Promise<Call & { raw: (method: string, path: string, body?: unknown) => Promise<Answer> }> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const raw = async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const r = await fetch(`${base}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        'accept-language': 'en',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {}
    return { status: r.status, body: parsed, headers: r.headers };
  };
  const call = async (method: string, path: string, body?: unknown) => {
    const a = await raw(method, path, body);
    if (a.status >= 400) throw new Error(`${method} ${path}: ${a.status} ${JSON.stringify(a.body)}`);
    return a.body;
  };
  return Object.assign(call, { raw });
}
