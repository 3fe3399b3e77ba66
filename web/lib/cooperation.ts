import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { MemberCountry } from '../../common/contracts/cooperation-hub';
import { api, apiItems } from './api';
import { useLocalized, useNames } from './format';
import { useCan } from './session';

/**
 * What the cooperation space's pages share (decision 0045): who the caller is in the working
 * group and the member countries' names. The server refuses another country's changes anyway;
 * these hooks only keep the pages from offering controls that would be refused.
 */

interface Delegate {
  /** The caller's country, null for someone who is no delegate (an administrator, a director). */
  country: string | null;
  groupRole: 'chair' | 'secretary' | 'member' | 'observer' | null;
}

/** The caller as a delegate: read from `my-actions`, the one read that says it, cached with it. */
export function useCooperationCaller() {
  const mayWrite = useCan('cooperation.write');
  const admin = useCan('cooperation.hub');
  const me = useQuery({
    // The same key as the working group's own read of my-actions: one request for both.
    queryKey: ['working-group', 'my-actions'],
    queryFn: () => api<Delegate>('GET', '/api/cooperation/my-actions'),
    retry: false,
  });
  const country = me.data?.country ?? null;
  const groupRole = me.data?.groupRole ?? null;
  return {
    country,
    groupRole,
    /** An administrator of the hub may act for any country; a delegate for their own only. */
    mayEditCountry: (code: string | null | undefined) =>
      mayWrite && (admin || (country !== null && code === country)),
    /** The chair and the secretary run the meetings, and an administrator. */
    isOfficer: mayWrite && (admin || groupRole === 'chair' || groupRole === 'secretary'),
  };
}

/**
 * Language and country names as `useNames`, but a member country by the name the hub's register
 * gives it in the chosen language (the browser's own names lack some, e.g. UZ in Azerbaijani).
 */
export function useCooperationNames() {
  const names = useNames();
  const localized = useLocalized();
  const countries = useQuery({
    queryKey: ['cooperation-hub', 'countries'],
    queryFn: () => apiItems<MemberCountry>('/api/cooperation/countries'),
    enabled: useCan('cooperation.read'),
    retry: false,
    staleTime: 5 * 60_000,
  });
  const data = countries.data;
  return useMemo(
    () => ({
      ...names,
      country: (code: string) => {
        const member = data?.find((c) => c.code === code);
        return member ? localized(member.names) : names.country(code);
      },
    }),
    [names, localized, data],
  );
}
