import type { CurrentUser, LoginBody, SessionResponse, SessionStatus } from '../../common/contracts/auth';
import type { Locale } from '../../common/i18n/locales';
import { api } from './api';

/** Whether this browser is signed in: 200 either way, so a signed-out page load logs no error. */
export const fetchSessionStatus = () => api<SessionStatus>('GET', '/api/auth/status');
export const postLogin = (body: LoginBody) => api<SessionResponse>('POST', '/api/auth/login', body);
export const postLogout = () => api<void>('POST', '/api/auth/logout');
export const putLocale = (locale: Locale) => api<CurrentUser>('PUT', '/api/me/preferences', { locale });
export const postLoginCode = (code: string) => api<SessionResponse>('POST', '/api/auth/login/code', { code });
