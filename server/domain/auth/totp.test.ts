import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotp, otpauthUri, totp, totpStep } from './totp';

// RFC 6238 appendix B: the seeds are the ASCII digits 1234567890 repeated to the hash's key length.
const SEED_SHA1 = Buffer.from('12345678901234567890');
const SEED_SHA256 = Buffer.from('12345678901234567890123456789012');
const SEED_SHA512 = Buffer.from('1234567890123456789012345678901234567890123456789012345678901234');

const RFC6238: [number, string, string, string][] = [
  // time (s), SHA1, SHA256, SHA512 — 8 digits
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(RFC6238)('at %i s gives the RFC test vectors', (seconds, sha1, sha256, sha512) => {
    const at = new Date(seconds * 1000);
    expect(totp(SEED_SHA1, at, { digits: 8, algorithm: 'sha1' })).toBe(sha1);
    expect(totp(SEED_SHA256, at, { digits: 8, algorithm: 'sha256' })).toBe(sha256);
    expect(totp(SEED_SHA512, at, { digits: 8, algorithm: 'sha512' })).toBe(sha512);
  });

  it('gives the RFC 4226 HOTP values for counters 0–9', () => {
    const expected = [
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ];
    expect(expected.map((_, counter) => hotp(SEED_SHA1, counter))).toEqual(expected);
  });

  it('accepts the step before and after, and nothing further', () => {
    const at = new Date(1_111_111_111_000);
    const step = totpStep(at);
    expect(matchTotp(SEED_SHA1, totp(SEED_SHA1, at), at)).toBe(step);
    expect(matchTotp(SEED_SHA1, hotp(SEED_SHA1, step - 1), at)).toBe(step - 1);
    expect(matchTotp(SEED_SHA1, hotp(SEED_SHA1, step + 1), at)).toBe(step + 1);
    expect(matchTotp(SEED_SHA1, hotp(SEED_SHA1, step - 2), at)).toBeNull();
    expect(matchTotp(SEED_SHA1, hotp(SEED_SHA1, step + 2), at)).toBeNull();
    expect(matchTotp(SEED_SHA1, '12345', at)).toBeNull();
    expect(matchTotp(SEED_SHA1, 'abcdef', at)).toBeNull();
  });

  it('encodes base32 as RFC 4648 does, and back', () => {
    // RFC 4648 section 10, without padding.
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'MY'],
      ['fo', 'MZXQ'],
      ['foo', 'MZXW6'],
      ['foob', 'MZXW6YQ'],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI'],
    ];
    for (const [text, encoded] of vectors) {
      expect(base32Encode(Buffer.from(text))).toBe(encoded);
      expect(base32Decode(encoded).toString()).toBe(text);
    }
    expect(base32Encode(SEED_SHA1)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode('gezd gnbv gy3t qojq gezd gnbv gy3t qojq')).toEqual(SEED_SHA1);
    expect(() => base32Decode('not-base32!')).toThrow();
  });

  it('builds the otpauth address authenticator apps read', () => {
    expect(otpauthUri('GEZDGNBVGY3TQOJQ', 'leyla.h')).toBe(
      'otpauth://totp/Yuva:leyla.h?secret=GEZDGNBVGY3TQOJQ&issuer=Yuva&algorithm=SHA1&digits=6&period=30',
    );
  });
});
