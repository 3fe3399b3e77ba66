import { useQuery } from '@tanstack/react-query';
import type { LocationView, ProgrammeView, VillageView } from '../../../common/contracts/organisation';
import { api, queryString } from '../../lib/api';

export const useLocations = () =>
  useQuery({ queryKey: ['locations'], queryFn: () => api<LocationView[]>('GET', '/api/locations') });

export const useProgrammes = (filter: { type?: string; locationId?: string } = {}) =>
  useQuery({
    queryKey: ['programmes', filter],
    queryFn: () => api<ProgrammeView[]>('GET', `/api/programmes${queryString(filter)}`),
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
