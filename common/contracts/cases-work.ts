// Work on a case: gatekeeping, care plans and their approval, reviews and contacts.
import { z } from 'zod';
import {
  CANCELLED_BY,
  CARE_PLAN_DOMAINS,
  CONTACT_KINDS,
  CONTACT_STATUSES,
  GATEKEEPING_DECISIONS,
  PERMANENCY_GOALS,
  REVIEW_KINDS,
} from '../cases';
import { recordId, versionSchema } from './common';
import { date, text } from './fields';

export const gatekeepingBodySchema = z.object({
  supportTried: text().default(''),
  optionsConsidered: z.array(z.enum(GATEKEEPING_DECISIONS)).max(8).default([]),
  participants: text(1000).default(''),
  childViews: text().default(''),
  parentsViews: text().default(''),
  decision: z.enum(GATEKEEPING_DECISIONS).nullish(),
  decisionReason: text().default(''),
  authorityDecisionNumber: text(100).nullish(),
  authorityDecisionDate: date.nullish(),
});
export type GatekeepingBody = z.infer<typeof gatekeepingBodySchema>;
export const gatekeepingEditBodySchema = gatekeepingBodySchema.extend({ version: versionSchema });

export const gatekeepingViewSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  status: z.enum(['draft', 'submitted', 'approved', 'returned']),
  supportTried: z.string(),
  optionsConsidered: z.array(z.enum(GATEKEEPING_DECISIONS)),
  participants: z.string(),
  childViews: z.string(),
  parentsViews: z.string(),
  decision: z.enum(GATEKEEPING_DECISIONS).nullable(),
  decisionReason: z.string(),
  authorityDecisionNumber: z.string().nullable(),
  authorityDecisionDate: z.string().nullable(),
  submittedByName: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  version: z.number().int(),
});
export type GatekeepingView = z.infer<typeof gatekeepingViewSchema>;

export const approvalBodySchema = z.object({
  version: versionSchema,
  outcome: z.enum(['approve', 'return']),
  comment: text(2000).default(''),
});

export const versionBodySchema = z.object({ version: versionSchema });

export const carePlanGoalSchema = z.object({
  domain: z.enum(CARE_PLAN_DOMAINS),
  description: text(2000).min(1),
  responsible: text(200).default(''),
  dueOn: date.nullish(),
});

export const carePlanBodySchema = z.object({
  permanencyGoal: z.enum(PERMANENCY_GOALS).nullish(),
  domains: z.partialRecord(z.enum(CARE_PLAN_DOMAINS), text(4000)).default({}),
  goals: z.array(carePlanGoalSchema).max(60).default([]),
  contactPlan: text().default(''),
  childViews: text().default(''),
  nextReviewOn: date.nullish(),
});
export type CarePlanBody = z.infer<typeof carePlanBodySchema>;
export const carePlanEditBodySchema = carePlanBodySchema.extend({ version: versionSchema });

export const carePlanViewSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  planVersion: z.number().int(),
  status: z.enum(['draft', 'submitted', 'active', 'revised', 'closed']),
  permanencyGoal: z.enum(PERMANENCY_GOALS).nullable(),
  domains: z.record(z.string(), z.string()),
  goals: z.array(carePlanGoalSchema.extend({ id: z.uuid(), dueOn: z.string().nullable() })),
  contactPlan: z.string(),
  childViews: z.string(),
  nextReviewOn: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  version: z.number().int(),
});
export type CarePlanView = z.infer<typeof carePlanViewSchema>;

export const reviewBodySchema = z.object({
  heldOn: date,
  kind: z.enum(REVIEW_KINDS),
  participants: text(1000).min(1),
  childHeard: text().min(1),
  findings: text().default(''),
  necessityHolds: z.boolean(),
  suitabilityHolds: z.boolean(),
  decisions: text().default(''),
  nextReviewOn: date.nullish(),
  q4cStandards: z.array(z.number().int().min(1).max(18)).max(18).default([]),
});
export type ReviewBody = z.infer<typeof reviewBodySchema>;

export const reviewViewSchema = reviewBodySchema.extend({
  id: z.uuid(),
  nextReviewOn: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type ReviewView = z.infer<typeof reviewViewSchema>;

export const contactBodySchema = z.object({
  contactOn: date,
  familyMemberId: recordId('familyMember').nullish(),
  withWhom: text(200).default(''),
  kind: z.enum(CONTACT_KINDS),
  supervised: z.boolean().default(false),
  status: z.enum(CONTACT_STATUSES),
  cancelledBy: z.enum(CANCELLED_BY).nullish(),
  childReaction: text().default(''),
});
export type ContactBody = z.infer<typeof contactBodySchema>;
export const contactViewSchema = contactBodySchema.extend({
  id: z.uuid(),
  familyMemberName: z.string().nullable(),
  version: z.number().int(),
});
