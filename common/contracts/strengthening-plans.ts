// The family development plan: its goals and its reviews.
import { z } from 'zod';
import { GOAL_STATUSES, RISK_DOMAINS } from '../strengthening';
import { recordId, versionSchema } from './common';
import { date, text } from './fields';

export const goalBodySchema = z.object({
  domain: z.enum(RISK_DOMAINS),
  goal: text(2000).min(1),
  actions: text().default(''),
  /** Who does it: the family, the worker, a partner. */
  responsible: text(200).default(''),
  targetOn: date.nullish(),
});
export type GoalBody = z.infer<typeof goalBodySchema>;

export const goalUpdateSchema = goalBodySchema.extend({
  version: versionSchema,
  status: z.enum(GOAL_STATUSES),
});

export const planBodySchema = z.object({
  startedOn: date,
  goals: z.array(goalBodySchema).min(1).max(40),
  /** By default the programme's review interval after the start. */
  nextReviewOn: date.nullish(),
});
export type PlanBody = z.infer<typeof planBodySchema>;

export const planReviewBodySchema = z.object({
  /** The plan's version as read: a review changes the plan. */
  version: versionSchema,
  heldOn: date,
  participants: text(1000).min(1),
  summary: text().default(''),
  /** Progress on every goal still open. */
  goals: z
    .array(
      z.object({ goalId: recordId('goal'), status: z.enum(GOAL_STATUSES), progress: text(2000).default('') }),
    )
    .max(40),
  /** By default the programme's review interval after this review. */
  nextReviewOn: date.nullish(),
});
export type PlanReviewBody = z.infer<typeof planReviewBodySchema>;

export const goalViewSchema = z.object({
  id: z.uuid(),
  domain: z.enum(RISK_DOMAINS),
  goal: z.string(),
  actions: z.string(),
  responsible: z.string(),
  targetOn: z.string().nullable(),
  status: z.enum(GOAL_STATUSES),
  version: z.number().int(),
});
export type GoalView = z.infer<typeof goalViewSchema>;

export const planReviewViewSchema = z.object({
  id: z.uuid(),
  heldOn: z.string(),
  participants: z.string(),
  summary: z.string(),
  nextReviewOn: z.string(),
  createdByName: z.string().nullable(),
  goals: z.array(z.object({ goalId: recordId('goal'), status: z.enum(GOAL_STATUSES), progress: z.string() })),
});
export type PlanReviewView = z.infer<typeof planReviewViewSchema>;

export const planViewSchema = z.object({
  id: z.uuid(),
  enrolmentId: recordId('enrolment'),
  startedOn: z.string(),
  nextReviewOn: z.string(),
  overdue: z.boolean(),
  status: z.enum(['active', 'closed']),
  goals: z.array(goalViewSchema),
  reviews: z.array(planReviewViewSchema),
  version: z.number().int(),
});
export type PlanView = z.infer<typeof planViewSchema>;
