import type { Locale } from '../../../common/i18n/locales';
import { t } from '../../i18n/translate';
import { ruleViolation } from '../errors';

/**
 * Calls a hub's public doors (`/api/hub/keys`, `/api/hub/documents`) from a country's Yuva. The
 * hub is another installation: it may be down, slow, not a hub at all, or refuse. Its refusals
 * come in the app's usual error shape, in the language asked for, so they are shown as it wrote them.
 */

/** How long a hub has to answer before the attempt counts as failed. */
export const HUB_TIMEOUT_MS = 10_000;
/** A refusal is a sentence; anything longer is cut rather than stored whole. */
const MAX_ANSWER_CHARS = 1_000;

export type HubAnswer =
  /** The hub answered 2xx with this body (JSON, or null when it was not JSON). */
  | { outcome: 'answered'; body: unknown }
  /** The hub said no (4xx): its message, as it wrote it. */
  | { outcome: 'refused'; message: string }
  /** No answer in time, no connection, a server error or an answer that is not the hub's. */
  | { outcome: 'failed'; rule: FailureRule; message: string };

type FailureRule = 'cooperation_hub_unreachable' | 'cooperation_hub_bad_answer';

/** A failed call in the words of the person who asked (kept in the push log as they saw it). */
export function hubFailure(rule: FailureRule, hubUrl: string, locale: Locale) {
  return { outcome: 'failed', rule, message: t(locale, `error.rule.${rule}`, { hubUrl }) } as const;
}

export async function postToHub(
  hubUrl: string,
  path: '/api/hub/keys' | '/api/hub/documents',
  body: unknown,
  locale: Locale,
): Promise<HubAnswer> {
  const unreachable = hubFailure('cooperation_hub_unreachable', hubUrl, locale);
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${hubUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': locale },
      body: JSON.stringify(body),
      // A hub that sends the request elsewhere is not followed: the address was confirmed, not others.
      redirect: 'error',
      signal: AbortSignal.timeout(HUB_TIMEOUT_MS),
    });
    text = await response.text();
  } catch {
    return unreachable;
  }
  const json = parseJson(text);
  if (response.ok) return { outcome: 'answered', body: json };
  if (response.status >= 500) return unreachable;
  return { outcome: 'refused', message: refusalOf(json, response.status) };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The hub's words from `{ error: { message, details: { rule } } }`, or its status alone. */
function refusalOf(json: unknown, status: number): string {
  const error = (json as { error?: { message?: unknown; code?: unknown } } | null)?.error;
  const message = typeof error?.message === 'string' ? error.message : `HTTP ${status}`;
  return message.slice(0, MAX_ANSWER_CHARS);
}

/** The error a refused or failed call becomes for the person who asked. */
export function hubError(answer: Exclude<HubAnswer, { outcome: 'answered' }>, hubUrl: string) {
  if (answer.outcome === 'refused')
    return ruleViolation('cooperation_hub_refused', { message: answer.message });
  // Both failures name the hub's address; the rule names are spelled out for the catalogue test.
  return answer.rule === 'cooperation_hub_bad_answer'
    ? ruleViolation('cooperation_hub_bad_answer', { hubUrl })
    : ruleViolation('cooperation_hub_unreachable', { hubUrl });
}
