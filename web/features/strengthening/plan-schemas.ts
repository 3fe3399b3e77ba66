import { z } from 'zod';
import {
  goalBodySchema,
  goalUpdateSchema,
  planBodySchema,
  planReviewBodySchema,
} from '../../../common/contracts/strengthening';

/** A date field left empty sends none (the server then takes its default). */
const noDateIfEmpty = z.string().transform((v): string | null | undefined => v || null);

/** A goal as its fields fill it in: the target date may be left empty. */
export const goalFormSchema = goalBodySchema.extend({
  targetOn: noDateIfEmpty.pipe(goalBodySchema.shape.targetOn),
});
export type GoalForm = z.input<typeof goalFormSchema>;

export const emptyGoal = (): GoalForm => ({
  domain: 'income',
  goal: '',
  actions: '',
  responsible: '',
  targetOn: '',
});

/** A goal changed in the table, with its status (the version it was read at is added when sent). */
export const goalEditSchema = goalFormSchema.extend({ status: goalUpdateSchema.shape.status });

/** A new plan with its goals; the next review date may be left to the programme's interval. */
export const planFormSchema = planBodySchema.extend({
  goals: z.array(goalFormSchema).min(1).max(40),
  nextReviewOn: noDateIfEmpty.pipe(planBodySchema.shape.nextReviewOn),
});

/**
 * A review of the plan; the next review date may be left to the programme's interval (the plan's
 * version is added when sent).
 */
export const reviewFormSchema = planReviewBodySchema.omit({ version: true }).extend({
  nextReviewOn: noDateIfEmpty.pipe(planReviewBodySchema.shape.nextReviewOn),
});
