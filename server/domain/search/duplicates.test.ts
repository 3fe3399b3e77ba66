import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../db/repositories/duplicates.repository';
import { duplicateScore, LIKELY_DUPLICATE } from './duplicates';

const aysel: Candidate = {
  personId: 'p1',
  givenName: 'Aysel',
  familyName: 'Məmmədova',
  patronymic: 'Rəşid qızı',
  birthDate: '2016-04-02',
  birthDateEstimated: false,
  nationalId: null,
  parentNames: ['Gülnarə Məmmədova'],
};

describe('duplicate scores', () => {
  it('sees the same child written in Russian with the same birth date as a likely duplicate', () => {
    const r = duplicateScore({ givenName: 'Айсель', familyName: 'Мамедова', birthDate: '2016-04-02' }, aysel);
    expect(r.reasons).toEqual(['same_name', 'birth_date']);
    expect(r.score).toBeGreaterThanOrEqual(LIKELY_DUPLICATE);
  });

  it('counts a near birth date, the patronymic and a parent', () => {
    const r = duplicateScore(
      {
        givenName: 'Aysel',
        familyName: 'Mammadova',
        patronymic: 'Рашидовна',
        birthDate: '2016-09-01',
        parentNames: ['Гюльнара'],
      },
      aysel,
    );
    expect(r.reasons).toEqual(['same_name', 'birth_date_near', 'parent_name']);
    expect(r.score).toBe(70);
  });

  it('lets the identity number settle it', () => {
    expect(
      duplicateScore(
        { givenName: 'X', familyName: 'Y', nationalId: '5ZK8G2P' },
        { ...aysel, nationalId: '5ZK8G2P' },
      ),
    ).toEqual({ score: 100, reasons: ['national_id'] });
  });

  it('does not take a namesake born years apart, or another name, for the same person', () => {
    expect(
      duplicateScore({ givenName: 'Aysel', familyName: 'Məmmədova', birthDate: '2009-01-01' }, aysel).score,
    ).toBeLessThan(LIKELY_DUPLICATE);
    expect(
      duplicateScore({ givenName: 'Aynur', familyName: 'Məmmədova', birthDate: '2016-04-02' }, aysel).score,
    ).toBeLessThan(LIKELY_DUPLICATE);
  });

  it('widens the tolerance for an estimated birth date', () => {
    const estimated = { ...aysel, birthDateEstimated: true };
    expect(
      duplicateScore({ givenName: 'Aysel', familyName: 'Mamedova', birthDate: '2018-04-02' }, estimated)
        .reasons,
    ).toContain('birth_date_near');
  });
});

describe('near spellings in the duplicate check', () => {
  const maharram: Candidate = {
    ...aysel,
    givenName: 'Məhərrəm',
    familyName: 'Qasımov',
    patronymic: 'Vaqif oğlu',
    parentNames: [],
  };

  it('takes Russian у for ı and a Turkish final t for d as the same name', () => {
    const r = duplicateScore(
      { givenName: 'Məhərrəm', familyName: 'Касумов', birthDate: '2016-04-02' },
      maharram,
    );
    expect(r.reasons).toEqual(['same_name', 'birth_date']);
    const ahmad = { ...maharram, givenName: 'Əhməd' };
    expect(duplicateScore({ givenName: 'Ahmet', familyName: 'Kasımov' }, ahmad).reasons).toEqual([
      'same_name',
    ]);
  });

  it('warns of a near spelling born the same day, not of one born months apart without more', () => {
    const same = duplicateScore(
      { givenName: 'Muharrem', familyName: 'Kasımov', birthDate: '2016-04-02' },
      maharram,
    );
    expect(same.reasons).toEqual(['near_name', 'birth_date']);
    expect(same.score).toBeGreaterThanOrEqual(LIKELY_DUPLICATE);
    const apart = duplicateScore(
      { givenName: 'Muharrem', familyName: 'Kasımov', birthDate: '2016-09-02' },
      maharram,
    );
    expect(apart.score).toBeLessThan(LIKELY_DUPLICATE);
  });

  it('never takes twins with different names for one person', () => {
    const twin = (givenName: string, other: string) =>
      duplicateScore(
        { givenName, familyName: 'Qasımov', patronymic: 'Vaqif oğlu', birthDate: '2016-04-02' },
        { ...maharram, givenName: other },
      );
    for (const [a, b] of [
      ['Hüseyn', 'Həsən'],
      ['Elçin', 'Elvin'],
      ['Rəşad', 'Rəşid'],
      ['Leyla', 'Lalə'],
      ['Ramil', 'Ramin'],
    ])
      expect(twin(a!, b!).score, `${a} / ${b}`).toBeLessThan(LIKELY_DUPLICATE);
    const sister = duplicateScore(
      { givenName: 'Məhərrəm', familyName: 'Qasımova', birthDate: '2016-04-02', patronymic: 'Vaqif qızı' },
      maharram,
    );
    expect(sister.score).toBeLessThan(LIKELY_DUPLICATE);
  });
});
