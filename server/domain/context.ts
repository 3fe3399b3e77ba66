import type { Locale } from '../../common/i18n/locales';
import type { Role } from '../../common/roles';
import type { Db } from '../db/client';
import type { Scope } from '../db/types/scope';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** Today's date (YYYY-MM-DD, UTC) by the clock. */
export function today(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}

/** The system clock moved by whole days, for demonstrations and end-to-end tests of due dates. */
export function offsetClock(days: number): Clock {
  if (days === 0) return systemClock;
  return { now: () => new Date(Date.now() + days * 86_400_000) };
}

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  locale: Locale;
  scope: Scope;
  sessionTokenHash: string;
  csrfToken: string;
  /**
   * Set while the session is half-way through sign-in: the password was right, and the
   * authenticator code ('two_factor') or the enrolment of an authenticator ('enrolment') is
   * still to come. Such an actor passes only routes declared `access: 'session'`.
   */
  signInStage?: 'two_factor' | 'enrolment';
}

/** Who is asking, from where, in which language: passed to every service call. */
export interface RequestContext {
  actor: Actor | null;
  requestId: string;
  ip: string;
  locale: Locale;
}

export interface AuthSettings {
  sessionIdleMinutes: number;
  /** A session ends this long after sign-in, however active it is. */
  sessionMaxHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  loginMaxFailuresPerAddress: number;
  /**
   * The key that encrypts authenticator secrets (32 bytes, base64 or hex), kept apart from the
   * database; without it a key is created and kept in app_settings (decision 0012).
   */
  totpKey?: string;
}

/** What services need from the outside world; tests pass a fake clock. */
export interface Deps {
  db: Db;
  clock: Clock;
  auth: AuthSettings;
}

export const defaultAuthSettings: AuthSettings = {
  sessionIdleMinutes: 480,
  sessionMaxHours: 12,
  loginMaxFailures: 5,
  loginLockMinutes: 15,
  loginMaxFailuresPerAddress: 50,
};
