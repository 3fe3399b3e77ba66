import { useQuery } from '@tanstack/react-query';
import type { LocationView, ProgrammeView, VillageView } from '../../common/contracts/organisation';
import type { ProgrammeOverview } from '../../common/contracts/programme-overview';
import { api, apiItems, queryString } from './api';

export const useLocations = () =>
  useQuery({ queryKey: ['locations'], queryFn: () => apiItems<LocationView>('/api/locations') });

export const useProgrammes = (filter: { type?: string; locationId?: string } = {}) =>
  useQuery({
    queryKey: ['programmes', filter],
    queryFn: () => apiItems<ProgrammeView>(`/api/programmes${queryString(filter)}`),
  });

export const useProgramme = (id: string) =>
  useQuery({
    queryKey: ['programme', id],
    queryFn: () => api<ProgrammeView>('GET', `/api/programmes/${id}`),
  });

export const useVillage = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: ['village', id],
    queryFn: () => api<VillageView>('GET', `/api/villages/${id}`),
    enabled,
  });

export const useProgrammeOverview = (id: string, month: string) =>
  useQuery({
    queryKey: ['programme-overview', id, month],
    queryFn: () => api<ProgrammeOverview>('GET', `/api/programmes/${id}/overview${queryString({ month })}`),
  });
