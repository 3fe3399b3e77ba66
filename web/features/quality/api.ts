import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Q4cAssessment, q4cSaveSchema } from '../../../common/contracts/quality';
import type { Q4cStandard } from '../../../common/quality4children';
import { api, apiItems } from '../../lib/api';

export const useStandards = () =>
  useQuery({
    queryKey: ['q4c-standards'],
    queryFn: () => apiItems<Q4cStandard>('/api/quality/standards'),
  });

export const useAssessment = (programmeId: string, year: number) =>
  useQuery({
    queryKey: ['q4c', programmeId, year],
    queryFn: () => api<Q4cAssessment>('GET', `/api/quality/assessments/${programmeId}/${year}`),
    enabled: Boolean(programmeId),
  });

export function useSaveAssessment(programmeId: string, year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof q4cSaveSchema>) =>
      api<Q4cAssessment>('PUT', `/api/quality/assessments/${programmeId}/${year}`, body),
    onSuccess: (saved) => client.setQueryData(['q4c', programmeId, year], saved),
    onError: () => client.invalidateQueries({ queryKey: ['q4c', programmeId, year] }),
  });
}
