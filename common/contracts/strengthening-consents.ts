// A family's consent to take part in a programme, and what it lets be shared.
import { z } from 'zod';
import { SHARE_SCOPES } from '../strengthening';
import { localizedTextSchema, recordId, versionSchema } from './common';
import { date, text } from './fields';

export const consentBodySchema = z.object({
  programmeId: recordId('programme'),
  /** The member who gave consent (an adult of the household). */
  givenByPersonId: recordId('person'),
  givenOn: date,
  shareWith: z.array(z.enum(SHARE_SCOPES)).max(SHARE_SCOPES.length).default([]),
  note: text(2000).default(''),
});
export type ConsentBody = z.infer<typeof consentBodySchema>;

export const consentWithdrawSchema = z.object({ version: versionSchema, withdrawnOn: date });

export const consentViewSchema = z.object({
  id: z.uuid(),
  programmeId: recordId('programme'),
  programmeName: localizedTextSchema,
  givenByPersonId: recordId('person').nullable(),
  givenByName: z.string().nullable(),
  givenOn: z.string(),
  withdrawnOn: z.string().nullable(),
  shareWith: z.array(z.enum(SHARE_SCOPES)),
  note: z.string(),
  active: z.boolean(),
  version: z.number().int(),
});
export type ConsentView = z.infer<typeof consentViewSchema>;
