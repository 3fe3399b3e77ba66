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

/**
 * The hub's two public doors (no session: a country's Yuva calls them). Both are fixed here because
 * both sides use them: `POST /api/hub/keys` registers a country's public key (pending until a hub
 * administrator confirms it), `POST /api/hub/documents` takes a signed document.
 */
export const keyRegistrationSchema = z
  .object({
    country: countryCodeSchema,
    /** Ed25519 public key, SPKI PEM. */
    publicKey: z.string().min(40).max(1000),
    organisation: z.string().trim().min(1).max(300),
    contact: z.string().trim().min(1).max(300),
  })
  .strict();
export type KeyRegistration = z.infer<typeof keyRegistrationSchema>;

export const keyRegistrationAnswerSchema = z.object({
  fingerprint: z.string(),
  status: z.enum(['pending', 'confirmed', 'revoked']),
});

export const documentReceiptSchema = z.object({
  /** The hub's own id of what it kept. */
  receiptId: z.uuid(),
  documentId: z.uuid(),
  country: countryCodeSchema,
  kind: z.enum(DOCUMENT_KINDS),
  receivedAt: z.iso.datetime(),
});
export type DocumentReceipt = z.infer<typeof documentReceiptSchema>;
