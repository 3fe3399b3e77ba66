import { describe, expect, it } from 'vitest';
import { CATALOGUE_RULES, type Catalogues, type Fault } from './glossary';
import { messages } from './messages';

const report = (faults: Fault[]) => faults.map((f) => `${f.locale} ${f.key}: ${f.why}`);

/** One message per language, so each rule can be shown to find the fault it is for. */
function sample(az: string, tr: string, ru: string, en = 'In English'): Catalogues {
  return { az: { k: az }, tr: { k: tr }, ru: { k: ru }, en: { k: en } };
}

describe('the words of the catalogues (issue 22)', () => {
  it.each(Object.entries(CATALOGUE_RULES))('%s: no message breaks the rule', (_, rule) => {
    expect(report(rule(messages))).toEqual([]);
  });

  it('each rule finds the fault it is for', () => {
    const {
      suffixAfterPlaceholder,
      russianDoubleStop,
      russianOneWithoutNumber,
      sameAsEnglish,
      bannedVariants,
    } = CATALOGUE_RULES;
    expect(suffixAfterPlaceholder(sample('{year}-ci il', "{name}'in dosyası", 'ok'))).toHaveLength(2);
    expect(suffixAfterPlaceholder(sample('{n, plural, other {#-cü}}', "{name}''in", 'ok'))).toHaveLength(2);
    expect(suffixAfterPlaceholder(sample('İllik hesabat ({year})', '{name} dosyası', '{n}-й'))).toEqual([]);
    expect(russianDoubleStop(sample('a', 'b', 'на 5 мая 2026 г..'))).toHaveLength(1);
    expect(russianDoubleStop(sample('a', 'b', '«до 2026 г.».'))).toHaveLength(1);
    expect(russianDoubleStop(sample('a', 'b', 'Следующий пересмотр: {date}.'))).toHaveLength(1);
    expect(russianDoubleStop(sample('a', 'b', 'Заблокировано до {time}.'))).toEqual([]);
    expect(
      russianOneWithoutNumber(sample('a', 'b', '{n, plural, one {каждый месяц} other {каждые # мес.}}')),
    ).toHaveLength(1);
    expect(
      russianOneWithoutNumber(sample('a', 'b', '{n, plural, =1 {каждый месяц} one {# мес.} other {# мес.}}')),
    ).toEqual([]);
    expect(sameAsEnglish(sample('Median', 'Status', 'Status', 'Status'))).toHaveLength(2);
    expect(sameAsEnglish(sample('{size} KB', '{size} KB', '{size} KB', '{size} KB'))).toHaveLength(1);
    const banned = {
      az: { k: 'Qəbul qiymətləndirməsi' },
      tr: { 'cases.sex.female': 'Kadın' },
      ru: { k: 'Дети под опекой' },
    };
    expect(bannedVariants({ ...banned, en: {} })).toHaveLength(3);
    expect(
      bannedVariants({ ...banned, tr: { 'strengthening.member.female': 'Kız / kadın' }, en: {} }),
    ).toHaveLength(2);
    expect(
      bannedVariants({ ...sample('a', 'Onaylandı', 'c'), tr: { 'consent.given': 'Onay verildi' } }),
    ).toHaveLength(1);
  });
});
