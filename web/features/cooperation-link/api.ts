import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SignedDocument } from '../../../common/contracts/cooperation-documents';
import type {
  Connection,
  ConnectionBody,
  Push,
  pushPageSchema,
} from '../../../common/contracts/cooperation-link';
import type { SharedPractice } from '../../../common/contracts/cooperation-push-kinds';
import type { PracticePayload } from '../../../common/contracts/practices';
import { api, queryString } from '../../lib/api';

/** The link to the hub and the pushes log, as the country's own Yuva sees them (decision 0045). */

const CONNECTION = ['cooperation-connection'];
const PUSHES = ['cooperation-pushes'];
export type PushPage = z.infer<typeof pushPageSchema>;
/** A practice as the form sends it: `ref` only when it updates one shared before. */
export type PracticeToSend = Omit<PracticePayload, 'ref'> & { ref?: string };

export function useConnection() {
  return useQuery({
    queryKey: CONNECTION,
    queryFn: () => api<Connection>('GET', '/api/cooperation/connection'),
  });
}

/** Saving, registering and confirming all answer the connection as it now is. */
function useConnectionChange<B>(method: string, url: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => api<Connection>(method, url, body),
    onSuccess: (connection) => client.setQueryData(CONNECTION, connection),
  });
}

export const useSaveConnection = () =>
  useConnectionChange<ConnectionBody>('PUT', '/api/cooperation/connection');
export const useRegister = () =>
  useConnectionChange<{ version: number }>('POST', '/api/cooperation/connection/register');
export const useConfirm = () =>
  useConnectionChange<{ version: number; fingerprint: string }>(
    'POST',
    '/api/cooperation/connection/confirm',
  );

export function usePushes(page: number) {
  return useQuery({
    queryKey: [...PUSHES, page],
    queryFn: () => api<PushPage>('GET', `/api/cooperation/pushes${queryString({ page, pageSize: 20 })}`),
  });
}

/**
 * Sends the year's indicators over the network (the log's new row) or gets the signed file and
 * hands it to the browser as a download. A refusal or a hub that is down is logged too, so the
 * log is read again whatever happened.
 */
export const usePushIndicators = () => usePush<{ year: number }>('indicators', (b) => String(b.year));
export const usePushAmbassadors = () => usePush<{ year: number }>('ambassadors', (b) => String(b.year));
export const usePushFosterDay = () =>
  usePush<{ year: number; day: string; campaignIds: string[] }>('foster-day', (b) => b.day);
export const usePushPractice = () => usePush<PracticeToSend>('practice', () => 'practice');

/** One kind's push: over the network, or the signed file handed to the browser as a download. */
function usePush<B extends object>(path: string, subject: (body: B) => string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: B & { via: 'network' | 'file' }) => {
      const answer = await api<Push | SignedDocument>('POST', `/api/cooperation/pushes/${path}`, body);
      if (body.via === 'file') download(answer as SignedDocument, subject(body));
      return answer;
    },
    // A refusal or a hub that is down is logged too: the log (and the shared list) is read again.
    onSettled: () => client.invalidateQueries({ queryKey: PUSHES }),
  });
}

/** The practices this installation shared, the last version of each, to send an update from. */
export function useSharedPractices() {
  return useQuery({
    queryKey: [...PUSHES, 'practices'],
    queryFn: () => api<{ items: SharedPractice[] }>('GET', '/api/cooperation/pushes/practices'),
  });
}

/**
 * The recruitment campaigns (foster.read: the director and administrator read them) to choose the
 * Foster Family Day's from; only the fields this page needs.
 */
export function useCampaigns() {
  return useQuery({
    queryKey: ['cooperation-campaigns'],
    queryFn: () =>
      api<{ campaigns: { id: string; name: string; country: string; startsOn: string }[] }>(
        'GET',
        '/api/foster/recruitment',
      ),
  });
}

function download(document: SignedDocument, subject: string) {
  const blob = new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(window.document.createElement('a'), {
    href: url,
    download: `yuva-${document.country}-${document.kind}-${subject}-${document.id.slice(0, 8)}.json`,
  });
  link.click();
  URL.revokeObjectURL(url);
}
