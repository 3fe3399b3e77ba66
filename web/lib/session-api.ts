import type { CurrentUser, LoginBody, SessionResponse } from '../../common/contracts/auth';
import type { Locale } from '../../common/i18n/locales';
import { api } from './api';

export const fetchSession = () => api<SessionResponse>('GET', '/api/auth/session');
export const postLogin = (body: LoginBody) => api<SessionResponse>('POST', '/api/auth/login', body);
export const postLogout = () => api<void>('POST', '/api/auth/logout');
export const putLocale = (locale: Locale) => api<CurrentUser>('PUT', '/api/me/preferences', { locale });
export const postLoginCode = (code: string) => api<SessionResponse>('POST', '/api/auth/login/code', { code });
