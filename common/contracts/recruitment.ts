import { z } from 'zod';
import { versionSchema } from './common';

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
  recruitedBy: z.uuid().nullish(),
  joinedOn: z.iso.date(),
});
export const ambassadorViewSchema = ambassadorBodySchema.extend({
  id: z.uuid(),
  recruitedBy: z.uuid().nullable(),
  active: z.boolean(),
  events: z.number().int(),
  inquiries: z.number().int(),
  ambassadorsRecruited: z.number().int(),
});

export const eventBodySchema = z.object({
  country,
  campaignId: z.uuid().nullish(),
  ambassadorId: z.uuid().nullish(),
  kind: z.enum(['awareness_meeting', 'foster_family_day', 'info_session', 'other']),
  heldOn: z.iso.date(),
  place: z.string().trim().max(200).default(''),
  attendees: z.number().int().min(0).max(100_000).default(0),
});
export const eventViewSchema = eventBodySchema.extend({
  id: z.uuid(),
  campaignId: z.uuid().nullable(),
  ambassadorId: z.uuid().nullable(),
});

export const inquiryBodySchema = z.object({
  country,
  receivedOn: z.iso.date(),
  source: z.enum(INQUIRY_SOURCES),
  campaignId: z.uuid().nullish(),
  eventId: z.uuid().nullish(),
  ambassadorId: z.uuid().nullish(),
  contactName: z.string().trim().min(2).max(200),
  phone: z.string().trim().max(30).default(''),
});
export const inquiryUpdateSchema = z.object({
  version: versionSchema,
  status: z.enum(['open', 'applied', 'dropped']),
  dropReason: z.string().trim().max(500).nullish(),
  familyId: z.uuid().nullish(),
});
export const inquiryViewSchema = inquiryBodySchema.extend({
  id: z.uuid(),
  campaignId: z.uuid().nullable(),
  eventId: z.uuid().nullable(),
  ambassadorId: z.uuid().nullable(),
  status: z.enum(['open', 'applied', 'dropped']),
  dropReason: z.string().nullable(),
  familyId: z.uuid().nullable(),
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
export const funnelSchema = z.object({
  by: z.enum(['month', 'source', 'campaign', 'ambassador']),
  rows: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      counts: z.record(z.enum(FUNNEL_STAGES), z.number().int()),
    }),
  ),
  totals: z.record(z.enum(FUNNEL_STAGES), z.number().int()),
  medianDaysToApproval: z.number().nullable(),
  /** Why families left: inquiries dropped, applications withdrawn or denied, with the reason written. */
  dropOuts: z.array(
    z.object({
      stage: z.enum(['inquiry', 'denied', 'withdrawn']),
      reason: z.string(),
      count: z.number().int(),
    }),
  ),
});
export type Funnel = z.infer<typeof funnelSchema>;
