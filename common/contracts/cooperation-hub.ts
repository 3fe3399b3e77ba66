import { z } from 'zod';
import { isoDateSchema, pageOf, pageQuerySchema, recordId, versionSchema } from './common';
import { countryCodeSchema, DOCUMENT_KINDS, signedDocumentSchema } from './cooperation-documents';

/**
 * The hub's own side of the cooperation space (decision 0045): the switch that makes this
 * installation the hub, its register of member countries, organisations and delegates, the keys
 * countries registered, and the documents it received.
 */

export const hubSettingsSchema = z.object({ isHub: z.boolean(), version: z.number().int() });
export const hubSwitchBodySchema = z.object({ isHub: z.boolean(), version: versionSchema }).strict();

const nameText = z.string().trim().min(1).max(100);
export const countryNamesSchema = z
  .object({ az: nameText, tr: nameText, ru: nameText, en: nameText })
  .strict();
export const MEMBER_STATUSES = ['member', 'observer', 'left'] as const;

export const memberCountrySchema = z.object({
  code: countryCodeSchema,
  names: z.object({ az: z.string(), tr: z.string(), ru: z.string(), en: z.string() }),
  joinedOn: z.string(),
  status: z.enum(MEMBER_STATUSES),
  version: z.number().int(),
});
export type MemberCountry = z.infer<typeof memberCountrySchema>;
export const memberCountryBodySchema = z
  .object({
    code: countryCodeSchema,
    names: countryNamesSchema,
    joinedOn: isoDateSchema,
    /** A country joins as a member or an observer; it may leave later. */
    status: z.enum(['member', 'observer']),
  })
  .strict();
export type MemberCountryBody = z.infer<typeof memberCountryBodySchema>;
export const memberCountryUpdateSchema = memberCountryBodySchema
  .omit({ code: true })
  .extend({ status: z.enum(MEMBER_STATUSES), version: versionSchema })
  .strict();
export type MemberCountryUpdate = z.infer<typeof memberCountryUpdateSchema>;
export const countryParamsSchema = z.object({ code: countryCodeSchema });

export const ORGANISATION_KINDS = ['ministry', 'state_service', 'association', 'other'] as const;
export const cooperationOrganisationSchema = z.object({
  id: z.uuid(),
  country: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  version: z.number().int(),
});
export type CooperationOrganisation = z.infer<typeof cooperationOrganisationSchema>;
export const organisationBodySchema = z
  .object({
    country: countryCodeSchema,
    name: z.string().trim().min(1).max(300),
    kind: z.enum(ORGANISATION_KINDS),
  })
  .strict();
export type OrganisationBody = z.infer<typeof organisationBodySchema>;
export const organisationUpdateSchema = organisationBodySchema
  .omit({ country: true })
  .extend({ version: versionSchema })
  .strict();
export type OrganisationUpdate = z.infer<typeof organisationUpdateSchema>;

export const GROUP_ROLES = ['chair', 'secretary', 'member', 'observer'] as const;
export const delegateSchema = z.object({
  id: z.uuid(),
  country: z.string(),
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  userId: z.uuid().nullable(),
  username: z.string().nullable(),
  fullName: z.string(),
  email: z.string().nullable(),
  groupRole: z.enum(GROUP_ROLES),
  termFrom: z.string(),
  termTo: z.string().nullable(),
  version: z.number().int(),
});
export type Delegate = z.infer<typeof delegateSchema>;
const delegateFields = {
  /** An organisation of the delegate's own country. */
  organisationId: recordId('cooperationOrganisation').nullable(),
  /** The account the delegate signs in with: a user of the role working_group_member. */
  userId: recordId('groupMember').nullable(),
  fullName: z.string().trim().min(1).max(200),
  email: z.email().max(200).nullable(),
  groupRole: z.enum(GROUP_ROLES),
  termFrom: isoDateSchema,
  termTo: isoDateSchema.nullable(),
};
export const delegateBodySchema = z.object({ country: countryCodeSchema, ...delegateFields }).strict();
export type DelegateBody = z.infer<typeof delegateBodySchema>;
export const delegateUpdateSchema = z.object({ ...delegateFields, version: versionSchema }).strict();
export type DelegateUpdate = z.infer<typeof delegateUpdateSchema>;

export const countryKeySchema = z.object({
  id: z.uuid(),
  country: z.string(),
  fingerprint: z.string(),
  organisation: z.string(),
  contact: z.string(),
  status: z.enum(['pending', 'confirmed', 'revoked']),
  registeredAt: z.string(),
  confirmedAt: z.string().nullable(),
  confirmedBy: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type CountryKey = z.infer<typeof countryKeySchema>;

/**
 * A signed document as a request body. Its `id` is the sending country's own name for the
 * document, new to the hub: it names no record here, so nothing in it is checked against a scope.
 */
export const hubDocumentBodySchema = signedDocumentSchema
  .extend({ id: recordId('countryDocument') })
  .strict();

export const receivedDocumentSchema = z.object({
  id: z.uuid(),
  documentId: z.uuid(),
  country: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  issuedAt: z.string(),
  receivedAt: z.string(),
  via: z.enum(['network', 'file']),
  receivedBy: z.string().nullable(),
  sha256: z.string(),
});
export type ReceivedDocumentRow = z.infer<typeof receivedDocumentSchema>;
export const receivedDocumentPageSchema = pageOf(receivedDocumentSchema);
export const receivedDocumentsQuerySchema = pageQuerySchema.extend({
  kind: z.enum(DOCUMENT_KINDS).optional(),
  country: countryCodeSchema.optional(),
});
export type ReceivedDocumentsQuery = z.infer<typeof receivedDocumentsQuerySchema>;
