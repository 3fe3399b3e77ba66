import { z } from 'zod';

/**
 * A document a country's Yuva gives the cooperation hub (decision 0045): aggregates and knowledge,
 * never a child's record. Signed with the country's Ed25519 key over the canonical JSON of every
 * field but `signature`; the same document travels over the network or as a file uploaded by hand.
 */
export const COOPERATION_FORMAT = 'yuva-cooperation';
export const COOPERATION_VERSION = 1;

/** What a country may push. Each kind's payload has its own schema (server/domain/cooperation/document-kinds.ts). */
export const DOCUMENT_KINDS = ['indicators', 'practice', 'foster_day_results', 'ambassadors'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/);

export const unsignedDocumentSchema = z
  .object({
    format: z.literal(COOPERATION_FORMAT),
    version: z.literal(COOPERATION_VERSION),
    /** New for every document: the hub keeps each (country, id) once, so a second arrival is a replay. */
    id: z.uuid(),
    country: countryCodeSchema,
    kind: z.enum(DOCUMENT_KINDS),
    issuedAt: z.iso.datetime(),
    /** Checked against the kind's own schema on arrival. */
    payload: z.record(z.string(), z.unknown()),
  })
  .strict();
export type UnsignedDocument = z.infer<typeof unsignedDocumentSchema>;

export const signedDocumentSchema = unsignedDocumentSchema
  .extend({
    /** Ed25519 signature (base64) of the canonical JSON of the other fields. */
    signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
  })
  .strict();
export type SignedDocument = z.infer<typeof signedDocumentSchema>;
