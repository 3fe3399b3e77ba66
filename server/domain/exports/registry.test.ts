import { describe, expect, it } from 'vitest';
import { downloadName } from './exports.service';
import { ageOn } from './lists';
import { exportLabels, keyset } from './registry';

describe('export declarations', () => {
  it('walks a list by keyset until a short batch, each batch starting after the last key', async () => {
    const data = Array.from({ length: 2500 }, (_, i) => ({ id: i }));
    const asked: (number | null)[] = [];
    const batches = keyset(
      async (after: number | null, limit) => {
        asked.push(after);
        return data.filter((r) => after === null || r.id > after).slice(0, limit);
      },
      (r) => r.id,
    );
    const seen: number[] = [];
    for await (const batch of batches(1000)) seen.push(...batch.map((r) => r.id));
    expect(seen).toEqual(data.map((r) => r.id));
    expect(asked).toEqual([null, 999, 1999]);
  });

  it('asks once more after an exactly full last batch, and yields no empty batch', async () => {
    const batches = keyset(
      async (after: number | null) => (after === null ? [1, 2] : []),
      (r) => r,
    );
    const got: number[][] = [];
    for await (const b of batches(2)) got.push(b);
    expect(got).toEqual([[1, 2]]);
  });

  it('counts ages in whole years to the day of the export', () => {
    expect(ageOn('2015-03-09', '2026-03-08')).toBe(10);
    expect(ageOn('2015-03-09', '2026-03-09')).toBe(11);
    expect(ageOn('2016-02-29', '2026-02-28')).toBe(9);
    expect(ageOn(null, '2026-01-01')).toBeNull();
  });

  it('translates headings and values, falling back to the value itself', () => {
    const l = exportLabels('az', '2026-11-25');
    expect(l.label('cases.status', 'in_care')).not.toBe('in_care');
    expect(l.label('cases.status', 'no_such_status')).toBe('no_such_status');
    expect(l.yesNo(true)).toBe('Bəli');
    expect(l.yesNo(null)).toBe('');
    expect(l.localized({ az: 'Gəncə', tr: 'Gence', ru: 'Гянджа', en: 'Ganja' })).toBe('Gəncə');
  });

  it('makes a file name any file system takes', () => {
    expect(downloadName('Uşaqlar və gənclər', '2026-11-25', 'csv')).toBe('Uşaqlar və gənclər 2026-11-25.csv');
    expect(downloadName('a/b:c*?"<>|\u0001d', '2026-11-25', 'xlsx')).toBe('a b c d 2026-11-25.xlsx');
    expect(downloadName('///', '2026-11-25', 'pdf')).toBe('export 2026-11-25.pdf');
  });
});
