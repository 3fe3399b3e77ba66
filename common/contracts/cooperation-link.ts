import { z } from 'zod';
import { pageOf, versionSchema } from './common';
import { countryCodeSchema, DOCUMENT_KINDS } from './cooperation-documents';

/**
 * A country's own Yuva linked to the cooperation hub (decision 0045): its country, the hub's
 * address, its Ed25519 key pair (only the public key and its fingerprint are ever shown), the
 * registration with the hub and the administrator's confirmation; then what it pushed.
 */

/**
 * The hub's address as kept: https only, except on this computer (http://localhost, 127.0.0.1,
 * [::1]) for trying it out; no user name, query or fragment; no trailing slash. Null when refused.
 */
export function normaliseHubUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.username || url.password || url.search || url.hash) return null;
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return null;
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

export const CONNECTION_STATES = ['not_set_up', 'not_registered', 'registered', 'confirmed'] as const;
export const HUB_KEY_STATUSES = ['pending', 'confirmed', 'revoked'] as const;

export const connectionSchema = z.object({
  /** Null until an administrator chooses it. */
  country: countryCodeSchema.nullable(),
  /** The countries this installation's locations are in: the choices for `country`. */
  countries: z.array(countryCodeSchema),
  organisation: z.string().nullable(),
  contact: z.string().nullable(),
  hubUrl: z.string().nullable(),
  /** The public key (SPKI PEM); the private key is never part of any answer. */
  publicKey: z.string().nullable(),
  /** SHA-256 of the public key in groups of four: what the two administrators read to each other. */
  fingerprint: z.string().nullable(),
  keyCreatedAt: z.iso.datetime().nullable(),
  registeredAt: z.iso.datetime().nullable(),
  /** The key's status at the hub when it was registered. */
  hubKeyStatus: z.enum(HUB_KEY_STATUSES).nullable(),
  confirmedAt: z.iso.datetime().nullable(),
  confirmedBy: z.string().nullable(),
  state: z.enum(CONNECTION_STATES),
  version: z.number().int(),
});
export type Connection = z.infer<typeof connectionSchema>;

export const connectionBodySchema = z
  .object({
    version: versionSchema,
    country: countryCodeSchema,
    hubUrl: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .refine((v) => normaliseHubUrl(v) !== null, { params: { reason: 'invalid_format' } }),
    organisation: z.string().trim().min(1).max(300),
    contact: z.string().trim().min(1).max(300),
    /** A new key pair (the old one is forgotten): the hub must register it again. */
    newKey: z.boolean().default(false),
  })
  .strict();
export type ConnectionBody = z.infer<typeof connectionBodySchema>;

export const registerBodySchema = z.object({ version: versionSchema }).strict();

export const confirmBodySchema = z
  .object({
    version: versionSchema,
    /** The fingerprint the administrator compared on the telephone: it must be this key's. */
    fingerprint: z.string().trim().min(1).max(100),
  })
  .strict();

export const PUSH_VIAS = ['network', 'file'] as const;
export const PUSH_STATUSES = ['accepted', 'refused', 'failed', 'downloaded'] as const;

export const pushIndicatorsBodySchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    via: z.enum(PUSH_VIAS),
  })
  .strict();

export const pushSchema = z.object({
  id: z.uuid(),
  documentId: z.uuid(),
  kind: z.enum(DOCUMENT_KINDS),
  /** What the document is about, in the kind's own terms (a year, a practice's title). */
  subject: z.string(),
  via: z.enum(PUSH_VIAS),
  status: z.enum(PUSH_STATUSES),
  /** The hub's receipt id, the hub's refusal in its words, or why it could not be reached. */
  answer: z.string().nullable(),
  pushedAt: z.iso.datetime(),
  pushedBy: z.string().nullable(),
});
export type Push = z.infer<typeof pushSchema>;

export const pushPageSchema = pageOf(pushSchema).extend({
  /** Whether this installation can send now: over the network (a confirmed hub) and as a file (a key). */
  link: z.object({
    country: countryCodeSchema.nullable(),
    hubUrl: z.string().nullable(),
    network: z.boolean(),
    file: z.boolean(),
  }),
});
