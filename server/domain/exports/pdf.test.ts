import { describe, expect, it } from 'vitest';
import type { Report } from '../../../common/contracts/exports';
import { pdfText } from '../../../tests/support/pdf-text';
import { renderReportPdf } from './pdf';

const report: Report = {
  title: 'Himayədar ailələrin cəlb edilməsi',
  subtitle: 'Bütün ölkələr',
  sections: [
    {
      heading: 'Mərhələlər üzrə ailələr',
      text: 'Türkçe: ğüşıöç İ — Русский: Приёмные семьи',
      chart: {
        kind: 'bar',
        categories: ['Müraciətlər', 'Ərizələr', 'Təsdiqlər'],
        series: [
          { label: 'Ailələr', values: [120, 64, 22] },
          { label: 'Uşaqlar', values: [3, 0, 1] },
        ],
      },
      table: {
        columns: [
          { heading: 'Mərhələ' },
          { heading: 'Ailələr', kind: 'number' },
          { heading: 'Pay', kind: 'percent' },
        ],
        rows: Array.from({ length: 80 }, (_, i) => [`Sətir ${i + 1}`, 1000 + i, i / 80]),
      },
      note: 'Qeyd: şərti rəqəmlər.',
    },
    { heading: 'Boş bölmə', table: { columns: [{ heading: 'X' }], rows: [] } },
  ],
};

describe('PDF writer', () => {
  it('writes a printable PDF whose text reads back with every Azerbaijani, Turkish and Russian letter', async () => {
    const pdf = await renderReportPdf(report, 'az', { printedOn: '2026-11-25' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF/);
    const text = pdfText(pdf);
    for (const word of [
      'Himayədar ailələrin cəlb edilməsi',
      'Mərhələlər üzrə ailələr',
      'ğüşıöç İ',
      'Приёмные семьи',
      'Ərizələr',
      'Sətir 80',
      '1.079',
      'Məlumat yoxdur.',
      'Çap tarixi: 25 noyabr 2026',
    ]) {
      expect(text, word).toContain(word);
    }
    // The long table goes on to a second page; every page has its number.
    const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain(`Səhifə ${pages} / ${pages}`);
  });

  it('formats numbers and the footer in the chosen language', async () => {
    const text = pdfText(await renderReportPdf(report, 'ru', { printedOn: '2026-11-25' }));
    expect(text).toContain('Дата печати: 25 ноября 2026');
    expect(text).toMatch(/1\s079/);
    expect(text).toMatch(/Страница 1 из \d/);
  });
});
