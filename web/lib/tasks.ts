import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './api';

/** Marks a task of the day's work done (a case's due list and an enrolment both offer it). */
export function useCompleteTask() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (taskId: string) => api<{ id: string }>('POST', `/api/tasks/${taskId}/done`),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['groups'] }),
        client.invalidateQueries({ queryKey: ['enrolments'] }),
        client.invalidateQueries({ queryKey: ['my-work'] }),
      ]);
    },
  });
}
