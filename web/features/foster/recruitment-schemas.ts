import { z } from 'zod';
import { eventBodySchema, inquiryBodySchema } from '../../../common/contracts/recruitment';

/** A select left on "—" sends no link. */
const noneIfEmpty = <T extends z.ZodType<unknown, string | null | undefined>>(schema: T) =>
  z
    .string()
    .transform((v): string | null | undefined => v || null)
    .pipe(schema);

/** The event's contract as its form fills it: optional links from selects, attendees from a number field. */
export const eventFormSchema = eventBodySchema.extend({
  campaignId: noneIfEmpty(eventBodySchema.shape.campaignId),
  ambassadorId: noneIfEmpty(eventBodySchema.shape.ambassadorId),
  attendees: z
    .union([z.number(), z.string()])
    .transform((v): number | undefined => Number(v) || 0)
    .pipe(eventBodySchema.shape.attendees),
});

/** The inquiry's contract as its form fills it: optional links from selects. */
export const inquiryFormSchema = inquiryBodySchema.extend({
  campaignId: noneIfEmpty(inquiryBodySchema.shape.campaignId),
  ambassadorId: noneIfEmpty(inquiryBodySchema.shape.ambassadorId),
  locationId: noneIfEmpty(inquiryBodySchema.shape.locationId),
});
