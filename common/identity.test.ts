import { describe, expect, it } from 'vitest';
import { isValidNationalId, isValidTcKimlik, normaliseNationalId } from './identity';

/** A T.C. kimlik number built from its first nine digits by the published rule. */
function kimlik(nine: string): string {
  const d = [...nine].map(Number);
  const tenth =
    ((((d[0]! + d[2]! + d[4]! + d[6]! + d[8]!) * 7 - (d[1]! + d[3]! + d[5]! + d[7]!)) % 10) + 10) % 10;
  const eleventh = (d.reduce((a, b) => a + b, 0) + tenth) % 10;
  return `${nine}${tenth}${eleventh}`;
}

describe('national identity numbers', () => {
  it('accepts a T.C. kimlik number whose check digits hold, and refuses any one-digit change', () => {
    const good = kimlik('123456789');
    expect(good).toBe('12345678950');
    expect(isValidTcKimlik(good)).toBe(true);
    for (let i = 0; i < 11; i++) {
      const changed = good.slice(0, i) + String((Number(good[i]) + 1) % 10) + good.slice(i + 1);
      expect(isValidTcKimlik(changed), changed).toBe(false);
    }
  });

  it('refuses T.C. numbers of the wrong shape', () => {
    expect(isValidTcKimlik('02345678950')).toBe(false);
    expect(isValidTcKimlik('1234567895')).toBe(false);
    expect(isValidTcKimlik('1234567895a')).toBe(false);
  });

  it('checks the FIN format: 7 characters, digits and capitals without I and O', () => {
    expect(isValidNationalId('az_fin', '5zk8g2p')).toBe(true);
    expect(normaliseNationalId('az_fin', ' 5zk 8g2p ')).toBe('5ZK8G2P');
    expect(isValidNationalId('az_fin', '5ZK8G2')).toBe(false);
    expect(isValidNationalId('az_fin', '5ZK8GIO')).toBe(false);
    expect(isValidNationalId('az_fin', '5ZK8G2PX')).toBe(false);
  });
});
