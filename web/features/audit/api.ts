import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEventView } from '../../../common/contracts/audit';
import { api, apiItems, queryString } from '../../lib/api';

export interface AuditFilter {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

interface AuditPage {
  items: AuditEventView[];
  total: number;
  page: number;
  pageSize: number;
}

export const useAuditEvents = (filter: AuditFilter, page: number) =>
  useQuery({
    queryKey: ['audit', filter, page],
    queryFn: () =>
      api<AuditPage>('GET', `/api/audit-events${queryString({ ...filter, page, pageSize: 50 })}`),
    placeholderData: keepPreviousData,
  });

export const useAuditActions = () =>
  useQuery({ queryKey: ['audit-actions'], queryFn: () => apiItems<string>('/api/audit-events/actions') });
