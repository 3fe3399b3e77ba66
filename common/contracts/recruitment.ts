import { z } from 'zod';
import { DROP_REASONS } from '../foster';
import { recordId, versionSchema } from './common';

const country = z.string().regex(/^[A-Z]{2}$/);
export const INQUIRY_SOURCES = [
  'campaign',
  'event',
  'ambassador',
  'website',
  'media',
  'referral',
  'other',
] as const;

export const campaignBodySchema = z.object({
  country,
  name: z.string().trim().min(2).max(200),
  kind: z.enum(['awareness', 'foster_family_day', 'media', 'other']),
  startsOn: z.iso.date(),
  endsOn: z.iso.date().nullish(),
});
export const campaignViewSchema = campaignBodySchema.extend({
  id: z.uuid(),
  endsOn: z.string().nullable(),
  inquiries: z.number().int(),
  applications: z.number().int(),
});

export const ambassadorBodySchema = z.object({
  country,
  name: z.string().trim().min(2).max(200),
  province: z.string().trim().max(100).default(''),
  phone: z.string().trim().max(30).default(''),
  recruitedBy: recordId('worker').nullish(),
  joinedOn: z.iso.date(),
});
export const ambassadorViewSchema = ambassadorBodySchema.extend({
  id: z.uuid(),
  recruitedBy: recordId('worker').nullable(),
  active: z.boolean(),
  events: z.number().int(),
  inquiries: z.number().int(),
  ambassadorsRecruited: z.number().int(),
});

export const eventBodySchema = z.object({
  country,
  campaignId: recordId('campaign').nullish(),
  ambassadorId: recordId('ambassador').nullish(),
  kind: z.enum(['awareness_meeting', 'foster_family_day', 'info_session', 'other']),
  heldOn: z.iso.date(),
  place: z.string().trim().max(200).default(''),
  attendees: z.number().int().min(0).max(100_000).default(0),
});
export const eventViewSchema = eventBodySchema.extend({
  id: z.uuid(),
  campaignId: recordId('campaign').nullable(),
  ambassadorId: recordId('ambassador').nullable(),
});

export const inquiryBodySchema = z.object({
  country,
  receivedOn: z.iso.date(),
  source: z.enum(INQUIRY_SOURCES),
  campaignId: recordId('campaign').nullish(),
  eventId: recordId('event').nullish(),
  ambassadorId: recordId('ambassador').nullish(),
  /** The office whose area the inquiry came in at (counted there until it is linked to a family). */
  locationId: recordId('location').nullish(),
  contactName: z.string().trim().min(2).max(200),
  phone: z.string().trim().max(30).default(''),
});
export const inquiryUpdateSchema = z.object({
  version: versionSchema,
  status: z.enum(['open', 'applied', 'dropped']),
  /** Why the inquiry dropped out (required when it did); `dropReason` is a note beside it. */
  dropReasonCode: z.enum(DROP_REASONS).nullish(),
  dropReason: z.string().trim().max(500).nullish(),
  familyId: recordId('fosterFamily').nullish(),
});
export const inquiryViewSchema = inquiryBodySchema.extend({
  id: z.uuid(),
  campaignId: recordId('campaign').nullable(),
  eventId: recordId('event').nullable(),
  ambassadorId: recordId('ambassador').nullable(),
  locationId: recordId('location').nullable(),
  status: z.enum(['open', 'applied', 'dropped']),
  dropReasonCode: z.enum(DROP_REASONS).nullable(),
  dropReason: z.string().nullable(),
  familyId: recordId('fosterFamily').nullable(),
  /** The reference of the family the inquiry became, when linked. */
  familyReference: z.string().nullable(),
  version: z.number().int(),
});

export const FUNNEL_STAGES = [
  'inquiries',
  'applications',
  'homeStudies',
  'approvals',
  'activeFamilies',
  'placements',
] as const;
export const funnelQuerySchema = z.object({
  country: country.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  by: z.enum(['month', 'source', 'campaign', 'ambassador']).default('month'),
});
/** A count for each stage of the funnel, every stage named (an object, so the document lists them). */
const stageCounts = z.object(
  Object.fromEntries(FUNNEL_STAGES.map((stage) => [stage, z.number().int()])) as Record<
    (typeof FUNNEL_STAGES)[number],
    z.ZodNumber
  >,
);
export const funnelSchema = z.object({
  by: z.enum(['month', 'source', 'campaign', 'ambassador']),
  rows: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      counts: stageCounts,
    }),
  ),
  totals: stageCounts,
  medianDaysToApproval: z.number().nullable(),
  /**
   * Why families left: inquiries dropped, by the reason's code; applications withdrawn or denied
   * (`reason` null: the reasons are written in each family's decision).
   */
  dropOuts: z.array(
    z.object({
      stage: z.enum(['inquiry', 'denied', 'withdrawn']),
      reason: z.enum(DROP_REASONS).nullable(),
      count: z.number().int(),
    }),
  ),
});
export type Funnel = z.infer<typeof funnelSchema>;
