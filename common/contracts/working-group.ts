import { z } from 'zod';
import { LOCALES } from '../i18n/locales';
import { localizedTextSchema, recordId, versionSchema } from './common';
import { countryCodeSchema } from './cooperation-documents';

/**
 * The Foster Family Working Group on the hub (issue 17 item 1, decision 0045): meetings, the
 * action items their decisions give countries, and the declaration's commitments.
 */

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export const COMMITMENT_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export const COMMITMENT_CODES = [
  'best_practice',
  'foster_family_day',
  'working_group',
  'model_ambassadors',
  'technical_support',
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

const text = (max: number) => z.string().trim().max(max);

/** A delegate of the group, as the meeting and action-item forms list them. */
export const delegateSchema = z.object({
  id: z.uuid(),
  country: countryCodeSchema,
  fullName: z.string(),
  groupRole: z.enum(['chair', 'secretary', 'member', 'observer']),
  termFrom: z.string(),
  termTo: z.string().nullable(),
});
export const memberCountrySchema = z.object({
  code: countryCodeSchema,
  names: localizedTextSchema,
  status: z.enum(['member', 'observer', 'left']),
});
export const workingGroupSchema = z.object({
  countries: z.array(memberCountrySchema),
  delegates: z.array(delegateSchema),
});

export const meetingBodySchema = z.object({
  heldAt: z.iso.datetime({ offset: true }),
  online: z.boolean(),
  city: text(100).min(1).nullish(),
  cityCountry: countryCodeSchema.nullish(),
  title: text(200).min(1),
  language: z.enum(LOCALES),
  agenda: z.array(z.object({ title: text(300).min(1), notes: text(4000).default('') })).max(50),
  attendance: z
    .array(z.object({ delegateId: recordId('delegate'), status: z.enum(ATTENDANCE_STATUSES) }))
    .max(100),
  minutes: text(20000).default(''),
  /** In order: decision n is the n-th. Numbers already named by an action item must stay. */
  decisions: z.array(z.object({ text: text(4000).min(1) })).max(100),
});
export const meetingUpdateSchema = meetingBodySchema.extend({ version: versionSchema });

export const meetingSummarySchema = z.object({
  id: z.uuid(),
  heldAt: z.string(),
  online: z.boolean(),
  city: z.string().nullable(),
  cityCountry: z.string().nullable(),
  title: z.string(),
  language: z.enum(LOCALES),
  decisions: z.number().int(),
  version: z.number().int(),
});
export const meetingSchema = meetingSummarySchema.omit({ decisions: true }).extend({
  agenda: z.array(z.object({ title: z.string(), notes: z.string() })),
  attendance: z.array(
    z.object({
      delegateId: z.uuid(),
      fullName: z.string(),
      country: z.string(),
      status: z.enum(ATTENDANCE_STATUSES),
    }),
  ),
  minutes: z.string(),
  decisions: z.array(z.object({ id: z.uuid(), number: z.number().int(), text: z.string() })),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const actionItemBodySchema = z.object({
  decisionId: recordId('decision'),
  commitment: z.enum(COMMITMENT_CODES).nullish(),
  title: text(300).min(1),
  ownerCountry: countryCodeSchema,
  ownerDelegateId: recordId('delegate').nullish(),
  dueOn: z.iso.date(),
});
export const actionItemUpdateSchema = actionItemBodySchema
  .omit({ decisionId: true })
  .extend({ version: versionSchema, status: z.enum(ACTION_STATUSES) });
/** The owner country's delegate reports progress: a note, appended, and the status it moved to. */
export const actionProgressSchema = z.object({
  version: versionSchema,
  status: z.enum(ACTION_STATUSES).nullish(),
  note: text(4000).min(1),
});
export const actionItemQuerySchema = z.object({
  country: countryCodeSchema.optional(),
  status: z.enum(ACTION_STATUSES).optional(),
});

export const actionItemSchema = z.object({
  id: z.uuid(),
  decisionId: z.uuid(),
  decisionNumber: z.number().int(),
  meetingId: z.uuid(),
  meetingTitle: z.string(),
  commitment: z.enum(COMMITMENT_CODES).nullable(),
  title: z.string(),
  ownerCountry: z.string(),
  ownerDelegateId: z.uuid().nullable(),
  ownerDelegateName: z.string().nullable(),
  dueOn: z.string(),
  status: z.enum(ACTION_STATUSES),
  /** Due before today and neither done nor dropped. */
  overdue: z.boolean(),
  version: z.number().int(),
});
export const actionNoteSchema = z.object({
  writtenAt: z.string(),
  author: z.string(),
  status: z.enum(ACTION_STATUSES).nullable(),
  note: z.string(),
});
export const actionItemDetailSchema = actionItemSchema.extend({ notes: z.array(actionNoteSchema) });
export type ActionItem = z.infer<typeof actionItemSchema>;

export const myActionsSchema = z.object({
  /** The caller's country (null for someone who is no delegate: their list is empty). */
  country: z.string().nullable(),
  /** The caller's role in the group (null for someone who is no delegate): the chair and secretary run meetings. */
  groupRole: z.enum(['chair', 'secretary', 'member', 'observer']).nullable(),
  items: z.array(actionItemSchema),
  nextMeeting: meetingSummarySchema.nullable(),
});

export const commitmentCountryBodySchema = z.object({
  /** Null to record the country's first status on the commitment. */
  version: versionSchema.nullable(),
  status: z.enum(COMMITMENT_STATUSES),
  note: text(2000).default(''),
});
export const commitmentParamsSchema = z.object({
  code: z.enum(COMMITMENT_CODES),
  country: countryCodeSchema,
});
const countsSchema = z.object(
  Object.fromEntries(ACTION_STATUSES.map((s) => [s, z.number().int()])) as Record<ActionStatus, z.ZodNumber>,
);
export const commitmentSchema = z.object({
  code: z.enum(COMMITMENT_CODES),
  titles: localizedTextSchema,
  /** Action items serving the commitment, by status; `overdue` counts the late open ones. */
  counts: countsSchema.extend({ overdue: z.number().int() }),
  actions: z.array(actionItemSchema),
  countries: z.array(
    z.object({
      country: z.string(),
      status: z.enum(COMMITMENT_STATUSES),
      note: z.string(),
      version: z.number().int().nullable(),
    }),
  ),
});
export type Commitment = z.infer<typeof commitmentSchema>;
