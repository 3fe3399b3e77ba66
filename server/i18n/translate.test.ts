import { describe, expect, it } from 'vitest';
import { formatDate } from '../../common/i18n/format';
import { t } from './translate';

describe('one full stop after an abbreviation', () => {
  it('leaves out the sentence’s stop after a value ending with an abbreviation’s stop', () => {
    const median = t('ru', 'funnel.days', { days: 56 });
    expect(median).toBe('56 дн.');
    expect(t('ru', 'exports.funnel.note', { median })).toMatch(/Медианный срок до одобрения: 56 дн\.$/);
    // Russian dates end with "г." (year): "5 декабря 2026 г." ends the sentence once.
    const date = formatDate('ru', '2026-12-05');
    expect(date).toBe('5 декабря 2026 г.');
    expect(t('ru', 'cases.review.dueOn', { date })).toBe('Следующий пересмотр: 5 декабря 2026 г.');
  });

  it('keeps the stop after a value without one, and the same message formats both ways', () => {
    expect(t('en', 'exports.funnel.note', { median: t('en', 'funnel.days', { days: 56 }) })).toMatch(
      /approval: 56 days\.$/,
    );
    expect(t('ru', 'exports.funnel.note', { median: '—' })).toMatch(/одобрения: —\.$/);
    expect(t('ru', 'exports.funnel.note', { median: '7 дн.' })).toMatch(/одобрения: 7 дн\.$/);
    expect(t('ru', 'error.internal', { requestId: 'req-7' })).toBe(
      'На сервере произошла ошибка. Код: req-7.',
    );
  });
});
