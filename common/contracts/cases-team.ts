// The supervisor's view of the team: what is due on each worker's cases, and handing a case on.
import { z } from 'zod';
import { ROLES } from '../roles';
import { dueItemSchema } from './cases-record';
import { recordId } from './common';
import { text } from './fields';

/** One worker of the team (or, with no worker, the cases nobody is assigned to) and their due work. */
export const teamWorkerSchema = z.object({
  /** Null: the open cases in the supervisor's scope that have no worker. */
  workerId: z.uuid().nullable(),
  displayName: z.string().nullable(),
  role: z.enum(ROLES).nullable(),
  /**
   * Whether cases can be given to them: an active worker of the team. False for someone who still
   * holds cases here but has left (disabled) or no longer works at the place.
   */
  inTeam: z.boolean(),
  openCases: z.number().int(),
  overdue: z.number().int(),
  dueSoon: z.number().int(),
  /** Overdue first, then by date: the same items the worker sees on their own start page. */
  items: z.array(dueItemSchema),
});
export type TeamWorker = z.infer<typeof teamWorkerSchema>;

/** Workers with overdue work first, then by how much is due, then by name. */
export const teamWorkSchema = z.object({ workers: z.array(teamWorkerSchema) });
export type TeamWork = z.infer<typeof teamWorkSchema>;

/**
 * Hand a case from one worker of the team to another. `fromWorkerId` is the worker the supervisor
 * saw holding the case (null: nobody): if someone else moved it meanwhile, the answer is 409. It is
 * only compared with the case's worker, not bounded by scope (an unscoped kind): a worker who moved to another place still
 * holds cases here until they are handed on.
 */
export const reassignBodySchema = z.object({
  fromWorkerId: recordId('assignedWorker').nullable(),
  toWorkerId: recordId('worker'),
  reason: text(1000).default(''),
});
export type ReassignBody = z.infer<typeof reassignBodySchema>;

export const reassignResultSchema = z.object({
  version: z.number().int(),
  assignedWorkerId: z.uuid(),
});
