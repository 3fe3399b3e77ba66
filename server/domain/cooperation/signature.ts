import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
} from 'node:crypto';
import type { SignedDocument, UnsignedDocument } from '../../../common/contracts/cooperation-documents';

/**
 * JSON with object keys in code-point order and no spaces: the bytes both sides sign and verify,
 * whatever order a JSON writer or a hand-edited file put the keys in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('not a finite number');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface KeyPair {
  publicKey: string;
  privateKey: string;
}

/** A new Ed25519 key pair, both as PEM (SPKI and PKCS#8). */
export function newKeyPair(): KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/**
 * A public key as a PEM an administrator pasted, or null when it is not an Ed25519 public key. A
 * private key is refused rather than read for its public half: it must not travel at all.
 */
export function readPublicKey(pem: string): string | null {
  if (/PRIVATE KEY/.test(pem)) return null;
  try {
    const key = createPublicKey(pem);
    if (key.asymmetricKeyType !== 'ed25519') return null;
    return key.export({ type: 'spki', format: 'pem' }).toString();
  } catch {
    return null;
  }
}

/**
 * SHA-256 of the key's DER bytes in groups of four hex digits: short enough for two administrators
 * to read to each other over the telephone before the hub trusts the key.
 */
export function fingerprint(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return hex.match(/.{4}/g)!.join(' ');
}

export function signDocument(document: UnsignedDocument, privateKeyPem: string): SignedDocument {
  const signature = sign(null, Buffer.from(canonicalJson(document)), createPrivateKey(privateKeyPem));
  return { ...document, signature: signature.toString('base64') };
}

/** Whether the signature is the key's over every other field, exactly as sent. */
export function signatureHolds(document: SignedDocument, publicKeyPem: string): boolean {
  const { signature, ...signed } = document;
  try {
    return verify(
      null,
      Buffer.from(canonicalJson(signed)),
      createPublicKey(publicKeyPem),
      Buffer.from(signature, 'base64'),
    );
  } catch {
    return false;
  }
}

/** SHA-256 (hex) of the canonical document, kept with what the hub accepted. */
export function documentDigest(document: SignedDocument): string {
  return createHash('sha256').update(canonicalJson(document)).digest('hex');
}
