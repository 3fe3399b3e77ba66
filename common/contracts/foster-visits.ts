import { z } from 'zod';

/**
 * A monitoring visit held outside the schedule: recorded as a visit of its own on the day it was
 * held, with its report and how the child is doing, so the next scheduled visit stays due.
 */
export const unscheduledVisitBodySchema = z.object({
  heldOn: z.iso.date(),
  report: z.string().trim().min(1).max(8000),
  childWellbeing: z.number().int().min(1).max(4).nullish(),
});
export type UnscheduledVisitBody = z.infer<typeof unscheduledVisitBodySchema>;
