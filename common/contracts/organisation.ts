import { z } from 'zod';
import { DATE_PRECISIONS, PROGRAMME_STATUSES, PROGRAMME_TYPES } from '../organisation';
import { localizedTextSchema, recordId } from './common';

export const locationViewSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: localizedTextSchema,
  programmeCount: z.number().int(),
});
export type LocationView = z.infer<typeof locationViewSchema>;

export const milestoneSchema = z.object({
  date: z.string(),
  precision: z.enum(DATE_PRECISIONS),
  event: localizedTextSchema,
});

export const programmeViewSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  type: z.enum(PROGRAMME_TYPES),
  locationId: recordId('location').nullable(),
  locationName: localizedTextSchema.nullable(),
  name: localizedTextSchema,
  startDate: z.string().nullable(),
  startDatePrecision: z.enum(DATE_PRECISIONS),
  status: z.enum(PROGRAMME_STATUSES),
  milestones: z.array(milestoneSchema),
  houseCount: z.number().int(),
  capacity: z.number().int(),
  /** Policy choices of the programme (shared/domain.md: configurable, not law). */
  reviewIntervalMonths: z.number().int(),
  emergencyAssessmentDays: z.number().int(),
  aftercareFollowupMonths: z.array(z.number().int()),
  version: z.number().int(),
});
export type ProgrammeView = z.infer<typeof programmeViewSchema>;

export const programmeQuerySchema = z.object({
  type: z.enum(PROGRAMME_TYPES).optional(),
  locationId: recordId('location').optional(),
});

export const houseViewSchema = z.object({
  id: z.uuid(),
  houseNumber: z.number().int(),
  name: z.string(),
  capacity: z.number().int(),
  status: z.enum(['active', 'closed']),
  /** No names for a reader of aggregates only (decision 0019). */
  sosParent: z.string().nullable(),
  aunts: z.array(z.string()),
  /** Null ("<5", 0 to 4) and rounded down to a multiple of 5 for a reader of aggregates only. */
  childrenCount: z.number().int().nullable(),
  /** The children living there on the date; only for roles that may see names. */
  children: z.array(
    z.object({ caseId: z.uuid().nullable(), name: z.string(), birthDate: z.string().nullable() }),
  ),
});
export type HouseView = z.infer<typeof houseViewSchema>;

export const villageViewSchema = z.object({
  programme: programmeViewSchema,
  houses: z.array(houseViewSchema),
});
export type VillageView = z.infer<typeof villageViewSchema>;

export const occupancyQuerySchema = z.object({
  months: z.coerce.number().int().min(1).max(240).default(36),
});
export const occupancyPointSchema = z.object({
  month: z.string(),
  /** Null ("<5") and rounded down to a multiple of 5 for a reader of aggregates only. */
  children: z.number().int().nullable(),
  capacity: z.number().int(),
});
export type OccupancyPoint = z.infer<typeof occupancyPointSchema>;

export const programmeSettingsBodySchema = z.object({
  version: z.number().int().min(1),
  reviewIntervalMonths: z.number().int().min(1).max(24),
  emergencyAssessmentDays: z.number().int().min(1).max(90),
  aftercareFollowupMonths: z.array(z.number().int().min(1).max(120)).min(1).max(10),
});
export type ProgrammeSettingsBody = z.infer<typeof programmeSettingsBodySchema>;
