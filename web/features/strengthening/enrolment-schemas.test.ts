import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { messages } from '../../../common/i18n/messages';
import { schemaFieldErrors } from '../../lib/form';
import { enrolFormSchema, exitFormSchema } from './enrolment-schemas';

const intl = createIntl({ locale: 'en', messages: messages.en });
const PROGRAMME = '7c1f0a52-3f7e-4c56-9a8e-1b2c3d4e5f60';
const MOTHER = '0d9b7f1e-2a3c-4b5d-8e6f-7a8b9c0d1e2f';
const CHILD = '5e4d3c2b-1a09-4f8e-9d7c-6b5a49382716';
const consent = { givenByPersonId: MOTHER, givenOn: '2026-03-02', shareWith: [], note: '' };
const enrol = { programmeId: PROGRAMME, status: 'enrolled' as const, on: '2026-03-02' };

describe('the enrolment form', () => {
  it('asks for the consent when none is in force, on the consent fields', () => {
    const schema = enrolFormSchema(() => false);
    const result = schema.safeParse({ ...enrol, consent: { ...consent, givenByPersonId: '' } });
    expect(Object.keys(schemaFieldErrors(intl, result, String))).toContain('consent.givenByPersonId');
    expect(schema.parse({ ...enrol, consent })).toEqual({ enrol, consent });
  });

  it('neither checks nor sends the consent fields when a consent is in force', () => {
    const schema = enrolFormSchema((id) => id === PROGRAMME);
    const parsed = schema.parse({ ...enrol, consent: { ...consent, givenByPersonId: '' } });
    expect(parsed).toEqual({ enrol, consent: null });
  });
});

describe('the exit form', () => {
  const exit = {
    outcome: 'graduated_self_reliant' as const,
    exitedOn: '2026-05-01',
    reason: '' as const,
    note: '',
    separation: { childIds: [], reasons: [], description: '' },
  };

  it('sends no reason and no separation unless the outcome asks for them', () => {
    expect(exitFormSchema.parse(exit)).toMatchObject({ reason: null, separation: null });
    // An empty reason is left to the server's rule, which names what is missing.
    expect(exitFormSchema.parse({ ...exit, outcome: 'exited_other' }).reason).toBeNull();
    expect(exitFormSchema.parse({ ...exit, outcome: 'exited_other', reason: 'moved_away' }).reason).toBe(
      'moved_away',
    );
  });

  it('needs the separated children and why when a child was separated', () => {
    const result = exitFormSchema.safeParse({ ...exit, outcome: 'child_separated' });
    const errors = schemaFieldErrors(intl, result, String);
    expect(Object.keys(errors)).toEqual(
      expect.arrayContaining(['separation.childIds', 'separation.reasons']),
    );
    const separation = { childIds: [CHILD], reasons: ['abandonment'], description: ' ' };
    expect(exitFormSchema.parse({ ...exit, outcome: 'child_separated', separation }).separation).toEqual({
      ...separation,
      description: '',
    });
  });
});
