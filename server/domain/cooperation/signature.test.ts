import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { UnsignedDocument } from '../../../common/contracts/cooperation-documents';
import {
  canonicalJson,
  documentDigest,
  fingerprint,
  newKeyPair,
  readPublicKey,
  signatureHolds,
  signDocument,
} from './signature';

const unsigned = (): UnsignedDocument => ({
  format: 'yuva-cooperation',
  version: 1,
  id: randomUUID(),
  country: 'TR',
  kind: 'practice',
  issuedAt: '2026-06-30T09:00:00.000Z',
  payload: { title: 'Gönüllü elçiler', topics: ['ambassadors'], figures: { n: 15 } },
});

describe('signed cooperation documents', () => {
  const keys = newKeyPair();

  it('writes keys in code-point order, whatever order they came in', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'ç' }] })).toBe('{"a":[{"c":"ç","d":null}],"b":1}');
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('verifies a signed document, also after its keys are reordered', () => {
    const doc = signDocument(unsigned(), keys.privateKey);
    expect(signatureHolds(doc, keys.publicKey)).toBe(true);
    const { signature, payload, ...rest } = doc;
    const reordered = JSON.parse(JSON.stringify({ signature, payload, ...rest }));
    expect(signatureHolds(reordered, keys.publicKey)).toBe(true);
  });

  it('refuses a changed figure, a changed country and another key', () => {
    const doc = signDocument(unsigned(), keys.privateKey);
    expect(signatureHolds({ ...doc, payload: { ...doc.payload, figures: { n: 16 } } }, keys.publicKey)).toBe(
      false,
    );
    expect(signatureHolds({ ...doc, country: 'AZ' }, keys.publicKey)).toBe(false);
    expect(signatureHolds(doc, newKeyPair().publicKey)).toBe(false);
    expect(signatureHolds({ ...doc, signature: `${'A'.repeat(86)}==` }, keys.publicKey)).toBe(false);
  });

  it('reads only Ed25519 public keys and gives a fingerprint to read aloud', () => {
    expect(readPublicKey(keys.publicKey)).toBe(keys.publicKey);
    expect(readPublicKey(keys.privateKey)).toBeNull(); // a private key must not travel
    expect(readPublicKey('not a key')).toBeNull();
    expect(fingerprint(keys.publicKey)).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
    expect(fingerprint(keys.publicKey)).not.toBe(fingerprint(newKeyPair().publicKey));
  });

  it('digests the same document the same way', () => {
    const doc = signDocument(unsigned(), keys.privateKey);
    expect(documentDigest(doc)).toBe(documentDigest(JSON.parse(JSON.stringify(doc))));
  });
});
