import type { ErrorResponse } from '../../common/contracts/common';

let csrfToken = '';
export function setCsrfToken(token: string) {
  csrfToken = token;
}
/** The session's CSRF token, for requests that do not go through `api` (file uploads). */
export function getCsrfToken(): string {
  return csrfToken;
}

/** An error answer of the API, with its translated message and details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Calls the API with the session cookie and the CSRF token; throws ApiError on a 4xx/5xx. */
export async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'offline', '');
  }
  if (response.status === 204) return undefined as T;
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (data as ErrorResponse | null)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'internal',
      error?.message ?? response.statusText,
      error?.details,
    );
  }
  return data as T;
}

/** The rows of a list the API answers: every collection comes as `{ items, … }` (decision 0026). */
export async function apiItems<T>(url: string): Promise<T[]> {
  return (await api<{ items: T[] }>('GET', url)).items;
}

export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
