import { z } from 'zod';
import { isoDateSchema, recordId } from './common';
import { PUSH_STATUSES, PUSH_VIAS } from './cooperation-link';
import { practicePayloadSchema } from './practices';

/**
 * What a country's Yuva sends to the hub besides its indicators (decision 0045): a good practice
 * as the country writes it, the Foster Family Day results of chosen campaigns, the ambassadors'
 * year. The two counted kinds are built on the server from aggregate queries; only the practice
 * is written by hand.
 */

const via = z.enum(PUSH_VIAS);
const year = z.number().int().min(2000).max(2100);

/** The practice as written, without `ref` unless it updates one this installation already sent. */
export const pushPracticeBodySchema = practicePayloadSchema
  .omit({ ref: true })
  .extend({ ref: recordId('sharedPractice').optional(), via })
  .strict();
export type PushPracticeBody = z.infer<typeof pushPracticeBodySchema>;

export const pushFosterDayBodySchema = z
  .object({
    year,
    /** The day observed: 30 June (international) or the country's own day, in that year. */
    day: isoDateSchema,
    campaignIds: z.array(recordId('campaign')).min(1).max(50),
    via,
  })
  .strict();
export type PushFosterDayBody = z.infer<typeof pushFosterDayBodySchema>;

export const pushAmbassadorsBodySchema = z.object({ year, via }).strict();

/** A practice this installation shared: the last version sent (to send an update from). */
export const sharedPracticeSchema = practicePayloadSchema.extend({
  sentAt: z.iso.datetime(),
  status: z.enum(PUSH_STATUSES),
  via,
});
export type SharedPractice = z.infer<typeof sharedPracticeSchema>;

export const sharedPracticesSchema = z.object({ items: z.array(sharedPracticeSchema) });
