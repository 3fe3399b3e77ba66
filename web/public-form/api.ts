import type { Locale } from '../../common/i18n/locales';

/**
 * The two public calls of the form, with `fetch` alone (no session, no CSRF token: both routes are
 * public). A refusal comes back as the server's translated message and field messages.
 */
export interface Breach {
  rule: string;
  who?: string;
  message: string;
}

export interface ApplicationResult {
  reference: string;
  statusPath: string;
  breaches: Breach[];
}

export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The server's message per field, by the form's path (`adults.0.givenName`). */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

interface ErrorBody {
  error?: { message?: string; details?: { fields?: { field: string; message: string }[] } };
}

async function post<T>(path: string, locale: Locale, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${path}?lang=${locale}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
  } catch {
    throw new Refusal(0, '');
  }
  const data = (await response.json().catch(() => null)) as (T & ErrorBody) | null;
  if (response.ok) return data as T;
  const error = data?.error;
  const fields: Record<string, string> = {};
  for (const f of error?.details?.fields ?? []) {
    const path = f.field.replace(/^body\./, '');
    fields[path] ??= f.message;
  }
  throw new Refusal(response.status, error?.message ?? response.statusText, fields);
}

export const checkEligibility = (locale: Locale, body: unknown) =>
  post<{ breaches: Breach[] }>('/api/public/foster-eligibility', locale, body);

export const sendApplication = (locale: Locale, body: unknown) =>
  post<ApplicationResult>('/api/public/foster-applications', locale, body);
