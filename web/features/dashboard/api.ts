import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Dashboard, drillDownSchema } from '../../../common/contracts/indicators';
import { api, queryString } from '../../lib/api';

export type DrillDownList = z.infer<typeof drillDownSchema>;

/** The dashboard's filters as they are in the address (empty: the server's default). */
export interface DashboardFilter {
  asAt: string;
  from: string;
  to: string;
  locationId: string;
  programmeId: string;
}

export const useDashboard = (filter: DashboardFilter) =>
  useQuery({
    queryKey: ['indicators', 'dashboard', filter],
    queryFn: () => api<Dashboard>('GET', `/api/indicators/dashboard${queryString({ ...filter })}`),
    // Keep the figures on screen while other filters are fetched.
    placeholderData: keepPreviousData,
  });

/** The children behind a number (each list is written to the audit log by the server). */
export const useChildrenBehind = (search: string, enabled: boolean) =>
  useQuery({
    queryKey: ['indicators', 'children', search],
    queryFn: () => api<DrillDownList>('GET', `/api/indicators/children?${search}`),
    enabled,
    staleTime: 0,
  });
