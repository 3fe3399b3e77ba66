// Where the child lives: placements started, ended and corrected.
import { z } from 'zod';
import { ALL_END_REASONS, ORDERED_BY, SETTING_TYPES } from '../cases';
import { localizedTextSchema, recordId, versionSchema } from './common';
import { date, text } from './fields';

export const placementViewSchema = z.object({
  id: z.uuid(),
  settingType: z.enum(SETTING_TYPES),
  status: z.enum(['planned', 'transition', 'active', 'ended']),
  programmeId: recordId('programme').nullable(),
  programmeName: localizedTextSchema.nullable(),
  houseId: recordId('house').nullable(),
  houseNumber: z.number().int().nullable(),
  placeDescription: z.string().nullable(),
  orderedBy: z.enum(ORDERED_BY).nullable(),
  orderReference: z.string().nullable(),
  emergency: z.boolean(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  endReason: z.string().nullable(),
  endReasonGroup: z.enum(['permanency', 'other']).nullable(),
  capacityOverrideReason: z.string().nullable(),
  siblingsApartReason: z.string().nullable(),
  underThreeReason: z.string().nullable(),
  correctsId: z.uuid().nullable(),
  correctionReason: z.string().nullable(),
  superseded: z.boolean(),
  fosterFamilyId: recordId('fosterFamily').nullable(),
  adjustmentUntil: z.string().nullable(),
  version: z.number().int(),
});
export type PlacementView = z.infer<typeof placementViewSchema>;

export const startPlacementBodySchema = z.object({
  settingType: z.enum(SETTING_TYPES),
  programmeId: recordId('programme').nullish(),
  houseId: recordId('house').nullish(),
  placeDescription: text(300).nullish(),
  orderedBy: z.enum(ORDERED_BY),
  orderReference: text(100).nullish(),
  emergency: z.boolean().default(false),
  startDate: date,
  capacityOverrideReason: text(2000).nullish(),
  siblingsApartReason: text(2000).nullish(),
  underThreeReason: text(2000).nullish(),
  /** For a foster placement: the approved foster family (see the matching list). */
  fosterFamilyId: recordId('fosterFamily').nullish(),
});
export type StartPlacementBody = z.infer<typeof startPlacementBodySchema>;

export const endPlacementBodySchema = z.object({
  version: versionSchema,
  endDate: date,
  endReason: z.enum(ALL_END_REASONS),
});

export const correctPlacementBodySchema = startPlacementBodySchema.extend({
  version: versionSchema,
  correctionReason: text(2000).min(3),
  endDate: date.nullish(),
  endReason: z.enum(ALL_END_REASONS).nullish(),
});
