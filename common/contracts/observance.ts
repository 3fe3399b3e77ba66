import { z } from 'zod';
import { localizedTextSchema, versionSchema } from './common';
import { countryCodeSchema } from './cooperation-documents';

/**
 * The working group's shared calendar of observance days (30 June, international Foster Family Day;
 * a country's own, as Azerbaijan's 31 May) and each country's campaign plan for a day and year.
 */
export const observanceDayBodySchema = z
  .object({
    /** Null: observed by every country. */
    country: countryCodeSchema.nullable(),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    names: z.object({
      az: z.string().trim().min(1).max(200),
      tr: z.string().trim().min(1).max(200),
      ru: z.string().trim().min(1).max(200),
      en: z.string().trim().min(1).max(200),
    }),
  })
  .strict()
  .refine((d) => d.day <= new Date(Date.UTC(2024, d.month, 0)).getUTCDate(), {
    path: ['day'],
    message: 'no such day in the month',
  });

export const PLAN_STATUSES = ['draft', 'agreed', 'done'] as const;
export const PLANNED_EVENT_KINDS = ['public_event', 'media', 'info_session', 'ceremony', 'other'] as const;

const plannedEventSchema = z
  .object({
    date: z.iso.date(),
    city: z.string().trim().min(1).max(100),
    kind: z.enum(PLANNED_EVENT_KINDS),
    title: z.string().trim().min(1).max(300),
  })
  .strict();

export const observancePlanBodySchema = z
  .object({
    plan: z.string().trim().max(8000),
    events: z.array(plannedEventSchema).max(100),
    status: z.enum(PLAN_STATUSES),
    /** Absent for a new plan; the version read for a change. */
    version: versionSchema.optional(),
  })
  .strict();

export const observancePlanParamsSchema = z.object({
  dayId: z.uuid(),
  country: countryCodeSchema,
  year: z.coerce.number().int().min(2000).max(2100),
});

export const observancePlanSchema = z.object({
  id: z.uuid(),
  dayId: z.uuid(),
  country: z.string(),
  year: z.number().int(),
  plan: z.string(),
  events: z.array(plannedEventSchema),
  status: z.enum(PLAN_STATUSES),
  version: z.number().int(),
});
export type ObservancePlan = z.infer<typeof observancePlanSchema>;

export const observanceDaySchema = z.object({
  id: z.uuid(),
  country: z.string().nullable(),
  month: z.number().int(),
  day: z.number().int(),
  names: localizedTextSchema,
});

export const observanceCalendarQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
});
export const observanceCalendarSchema = z.object({
  year: z.number().int(),
  days: z.array(observanceDaySchema.extend({ plans: z.array(observancePlanSchema) })),
});
