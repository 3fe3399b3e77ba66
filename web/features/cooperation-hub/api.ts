import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CooperationOrganisation,
  CountryKey,
  Delegate,
  DelegateBody,
  DelegateUpdate,
  MemberCountry,
  MemberCountryBody,
  MemberCountryUpdate,
  OrganisationBody,
  ReceivedDocumentRow,
} from '../../../common/contracts/cooperation-hub';
import { api, apiItems, queryString } from '../../lib/api';

/** The hub's queries and changes (decision 0045); every change reloads the hub's lists. */

const HUB = ['cooperation-hub'] as const;

export const useHubState = () =>
  useQuery({
    queryKey: [...HUB, 'state'],
    queryFn: () => api<{ isHub: boolean; version: number }>('GET', '/api/cooperation/hub'),
  });

export const useMemberCountries = (enabled: boolean) =>
  useQuery({
    queryKey: [...HUB, 'countries'],
    queryFn: () => apiItems<MemberCountry>('/api/cooperation/countries'),
    enabled,
  });

export const useOrganisations = (enabled: boolean) =>
  useQuery({
    queryKey: [...HUB, 'organisations'],
    queryFn: () => apiItems<CooperationOrganisation>('/api/cooperation/organisations'),
    enabled,
  });

export const useDelegates = (enabled: boolean) =>
  useQuery({
    queryKey: [...HUB, 'delegates'],
    queryFn: () => apiItems<Delegate>('/api/cooperation/delegates'),
    enabled,
  });

export const useCountryKeys = (enabled: boolean) =>
  useQuery({
    queryKey: [...HUB, 'keys'],
    queryFn: () => apiItems<CountryKey>('/api/cooperation/keys'),
    enabled,
  });

interface DocumentPage {
  items: ReceivedDocumentRow[];
  total: number;
  page: number;
  pageSize: number;
}
export const useReceivedDocuments = (
  enabled: boolean,
  filter: { page: number; kind?: string; country?: string },
) =>
  useQuery({
    queryKey: [...HUB, 'documents', filter],
    queryFn: () =>
      api<DocumentPage>('GET', `/api/cooperation/documents${queryString({ ...filter, pageSize: 25 })}`),
    enabled,
  });

/** The accounts a delegate can sign in with: users of the role that sees the cooperation space only. */
export const useGroupMemberAccounts = () =>
  useQuery({
    queryKey: [...HUB, 'accounts'],
    queryFn: async () => {
      const page = await api<{
        items: { id: string; username: string; displayName: string; role: string }[];
      }>('GET', `/api/users${queryString({ page: 1, pageSize: 200 })}`);
      return page.items.filter((u) => u.role === 'working_group_member');
    },
  });

function useHubMutation<A, R>(send: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => client.invalidateQueries({ queryKey: HUB }),
  });
}

export const useSwitchHub = () =>
  useHubMutation((body: { isHub: boolean; version: number }) => api('PUT', '/api/cooperation/hub', body));
export const useAddCountry = () =>
  useHubMutation((body: MemberCountryBody) => api<MemberCountry>('POST', '/api/cooperation/countries', body));
export const useChangeCountry = () =>
  useHubMutation(({ code, body }: { code: string; body: MemberCountryUpdate }) =>
    api<MemberCountry>('PUT', `/api/cooperation/countries/${code}`, body),
  );
export const useAddOrganisation = () =>
  useHubMutation((body: OrganisationBody) =>
    api<CooperationOrganisation>('POST', '/api/cooperation/organisations', body),
  );
export const useAddDelegate = () =>
  useHubMutation((body: DelegateBody) => api<Delegate>('POST', '/api/cooperation/delegates', body));
export const useChangeDelegate = () =>
  useHubMutation(({ id, body }: { id: string; body: DelegateUpdate }) =>
    api<Delegate>('PUT', `/api/cooperation/delegates/${id}`, body),
  );
export const useKeyStep = () =>
  useHubMutation(({ id, step }: { id: string; step: 'confirm' | 'revoke' }) =>
    api<CountryKey>('POST', `/api/cooperation/keys/${id}/${step}`),
  );
export const useUploadDocument = () =>
  useHubMutation((document: unknown) => api('POST', '/api/cooperation/documents/upload', document));
