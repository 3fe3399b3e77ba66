import { type UseMutationResult, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Exchange, ExchangeReport } from '../../../common/contracts/exchanges';
import type {
  ambassadorComparisonSchema,
  fosterDayComparisonSchema,
} from '../../../common/contracts/foster-day';
import type { observanceCalendarSchema } from '../../../common/contracts/observance';
import { api, queryString } from '../../lib/api';

/** The hub's exchanges, observance days and pushed Foster Family Day figures (issue 17). */

export type ObservanceCalendar = z.infer<typeof observanceCalendarSchema>;
export type FosterDayComparison = z.infer<typeof fosterDayComparisonSchema>;
export type AmbassadorComparison = z.infer<typeof ambassadorComparisonSchema>;

export const useExchanges = (year: number) =>
  useQuery({
    queryKey: ['cooperation-exchanges', year],
    queryFn: () => api<{ items: Exchange[] }>('GET', `/api/cooperation/exchanges${queryString({ year })}`),
  });

export const useExchangeReport = (year: number) =>
  useQuery({
    queryKey: ['cooperation-exchanges', 'report', year],
    queryFn: () => api<ExchangeReport>('GET', `/api/cooperation/exchanges/report${queryString({ year })}`),
  });

export const useCalendar = (year: number) =>
  useQuery({
    queryKey: ['cooperation-observance', year],
    queryFn: () => api<ObservanceCalendar>('GET', `/api/cooperation/observance-days${queryString({ year })}`),
  });

export const useFosterDayResults = (year: number) =>
  useQuery({
    queryKey: ['cooperation-foster-day', year],
    queryFn: () =>
      api<FosterDayComparison>('GET', `/api/cooperation/foster-day-results${queryString({ year })}`),
  });

export const useAmbassadorFigures = (year: number) =>
  useQuery({
    queryKey: ['cooperation-ambassadors', year],
    queryFn: () =>
      api<AmbassadorComparison>('GET', `/api/cooperation/ambassador-figures${queryString({ year })}`),
  });

export type Save = UseMutationResult<unknown, Error, { method: 'POST' | 'PUT'; url: string; body: unknown }>;

/** One mutation for every change on these pages: sends, then refreshes what the key names. */
export function useSave(refresh: string, done?: () => void): Save {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ method, url, body }) => api(method, url, body),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [refresh] });
      done?.();
    },
  });
}
