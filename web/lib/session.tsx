import { Center, Loader } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { CurrentUser, SessionResponse } from '../../common/contracts/auth';
import { useLocale } from '../i18n/I18nProvider';
import { setCsrfToken } from './api';
import { fetchSessionStatus, postLogout } from './session-api';

interface SessionState {
  user: CurrentUser | null;
  /** A sign-in half-way: the password was right, the code or an authenticator's setup comes next. */
  pending: SessionResponse | null;
  signedIn(session: SessionResponse): void;
  signOut(): Promise<void>;
  updateUser(user: CurrentUser): void;
}
const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<CurrentUser | null>(null);
  const [pending, setPending] = useState<SessionResponse | null>(null);
  const [checking, setChecking] = useState(true);
  const { setLocale } = useLocale();
  const queryClient = useQueryClient();

  const signedIn = useCallback(
    (session: SessionResponse) => {
      setCsrfToken(session.csrfToken);
      setLocale(session.user.locale);
      if (session.signInStage) {
        setPending(session);
        setUser(null);
        return;
      }
      setPending(null);
      setUser(session.user);
    },
    [setLocale],
  );

  useEffect(() => {
    fetchSessionStatus()
      .then((status) => {
        if (status.signedIn) signedIn(status);
      })
      .catch((error) => console.warn(error))
      .finally(() => setChecking(false));
  }, [signedIn]);

  const signOut = useCallback(async () => {
    // Signed out on this page at once: nothing started meanwhile (a language change) acts as the user.
    setUser(null);
    setPending(null);
    await postLogout().catch(() => {});
    setCsrfToken('');
    queryClient.clear();
  }, [queryClient]);

  const value = useMemo(
    () => ({ user, pending, signedIn, signOut, updateUser: setUser }),
    [user, pending, signedIn, signOut],
  );
  if (checking) {
    return (
      <Center h="100vh">
        <Loader aria-label="…" />
      </Center>
    );
  }
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

export function useCan(permission: string): boolean {
  return useSession().user?.permissions.includes(permission) ?? false;
}
