import { describe, expect, it } from 'vitest';
import { isCommonPassword, passwordProblem } from './password-rules';

describe('password rules', () => {
  it('refuses the common passwords, whatever their case', () => {
    expect(isCommonPassword('password')).toBe(true);
    expect(isCommonPassword('1234567890')).toBe(true);
    expect(isCommonPassword('QWERTYUIOP')).toBe(true);
    expect(passwordProblem('qwertyuiop', {})).toBe('common');
    expect(isCommonPassword('Password123!')).toBe(true);
    expect(isCommonPassword('iloveyou2026')).toBe(true);
    expect(isCommonPassword('2024-dragon')).toBe(true);
    expect(isCommonPassword('dragon-fruit-salad')).toBe(false);
    expect(passwordProblem('1q2w3e4r5t6y', {})).toBeNull();
    expect(passwordProblem('correct-horse-battery-9', { username: 'admin-1' })).toBeNull();
  });

  it('refuses a password built around the username or the name', () => {
    expect(passwordProblem('leyla.h2026!!', { username: 'leyla.h' })).toBe('contains_name');
    expect(passwordProblem('LEYLA.H-1234567890', { username: 'leyla.h' })).toBe('contains_name');
    expect(passwordProblem('Aygün-Həsənova-1', { displayName: 'Aygün Həsənova' })).toBe('contains_name');
    expect(passwordProblem('aygun.hesenova.85', { displayName: 'Aygün Həsənova' })).toBe('contains_name');
    expect(passwordProblem('supervisor12345', { username: 'supervisor' })).toBe('contains_name');
  });

  it('lets the name appear when what is left is a good password by itself', () => {
    expect(passwordProblem('leyla.h-tall-green-kettle', { username: 'leyla.h' })).toBeNull();
    // The published demo passwords follow this rule.
    expect(
      passwordProblem('demo-admin-2026', { username: 'admin', displayName: 'Aygün Həsənova' }),
    ).toBeNull();
  });
});
