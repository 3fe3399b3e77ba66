import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SignedDocument } from '../../../common/contracts/cooperation-documents';
import type {
  Connection,
  ConnectionBody,
  Push,
  pushPageSchema,
} from '../../../common/contracts/cooperation-link';
import { api, queryString } from '../../lib/api';

/** The link to the hub and the pushes log, as the country's own Yuva sees them (decision 0045). */

const CONNECTION = ['cooperation-connection'];
const PUSHES = ['cooperation-pushes'];
export type PushPage = z.infer<typeof pushPageSchema>;

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
export function usePushIndicators() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { year: number; via: 'network' | 'file' }) => {
      const answer = await api<Push | SignedDocument>('POST', '/api/cooperation/pushes/indicators', body);
      if (body.via === 'file') download(answer as SignedDocument, body.year);
      return answer;
    },
    onSettled: () => client.invalidateQueries({ queryKey: PUSHES }),
  });
}

function download(document: SignedDocument, year: number) {
  const blob = new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(window.document.createElement('a'), {
    href: url,
    download: `yuva-${document.country}-${document.kind}-${year}-${document.id.slice(0, 8)}.json`,
  });
  link.click();
  URL.revokeObjectURL(url);
}
