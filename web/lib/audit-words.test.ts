import { describe, expect, it } from 'vitest';
import { changeLines, humanise } from './audit-words';

describe('changes in an audit event, as lines', () => {
  it('reads an edit as before → after, a secret as changed, a new record as its values', () => {
    expect(
      changeLines({
        displayName: { from: 'Audit Me', to: 'Audited Person' },
        passwordHash: '(changed)',
        status: 'active',
      }),
    ).toEqual([
      { field: 'displayName', before: 'Audit Me', after: 'Audited Person' },
      { field: 'passwordHash', hidden: true },
      { field: 'status', value: 'active' },
    ]);
  });

  it('keeps a value that is not a record of fields as one line, and nothing as none', () => {
    expect(changeLines(['a', 'b'])).toEqual([{ field: '', value: ['a', 'b'] }]);
    expect(changeLines('text')).toEqual([{ field: '', value: 'text' }]);
    expect(changeLines(null)).toEqual([]);
  });

  it('makes a code readable when it has no label', () => {
    expect(humanise('authorityDecisionDate')).toBe('authority decision date');
    expect(humanise('foster.requirement_changed')).toBe('foster requirement changed');
  });
});
