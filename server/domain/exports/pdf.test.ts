import { describe, expect, it } from 'vitest';
import type { Report } from '../../../common/contracts/exports';
import { pdfPages, pdfText } from '../../../tests/support/pdf-text';
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

describe('headings keep with what follows them', () => {
  /** The sections that follow the filler, one of each kind a section can start with. */
  const followers: Report['sections'] = [
    {
      heading: 'Proqramlar və əhatə olunan insanlar',
      table: {
        columns: [{ heading: 'Proqram' }, { heading: 'Uşaqlar', kind: 'number' }],
        rows: Array.from({ length: 6 }, (_, i) => [`Proqram ${i + 1}`, i * 7]),
      },
    },
    {
      heading: 'Mətnli bölmə',
      text: 'Bu bölmə mətnlə başlayır. '.repeat(30),
    },
    {
      heading: 'Qrafikli bölmə',
      chart: {
        kind: 'bar',
        categories: ['Müraciətlər', 'Ərizələr', 'Təsdiqlər', 'Yerləşdirmələr'],
        series: [{ label: 'Ailələr', values: [32, 16, 11, 2] }],
      },
    },
    { heading: 'Boş cədvəl', table: { columns: [{ heading: 'X' }], rows: [] } },
    { heading: 'Yalnız qeyd', note: 'Qeyd: bu bölmədə yalnız qeyd var.' },
  ];
  const headings = new Set(followers.map((s) => s.heading));

  it('never ends a page with a section heading, wherever on the page the heading falls', async () => {
    // A filler table of 0 to 40 rows (a row at a time) and a note of 0 to 2 lines (finer steps)
    // move each following heading down the page through the positions near the page's foot.
    // Before headings were kept with what follows, 8 of these 123 layouts ended a page with one.
    for (let fillerRows = 0; fillerRows <= 40; fillerRows++)
      for (let noteLines = 0; noteLines <= 2; noteLines++) {
        const built: Report = {
          title: 'İllik hesabat',
          sections: [
            {
              heading: 'Doldurucu',
              table: {
                columns: [{ heading: 'Sətir' }, { heading: 'Say', kind: 'number' }],
                rows: Array.from({ length: fillerRows }, (_, i) => [`Sətir ${i + 1}`, i]),
              },
              note: noteLines ? Array.from({ length: noteLines }, () => 'Qeyd.').join('\n') : undefined,
            },
            ...followers,
          ],
        };
        const pages = pdfPages(
          await renderReportPdf(built, 'az', { printedOn: '2026-11-25', compress: false }),
        );
        expect(pages.length, `${fillerRows} rows + ${noteLines} note lines`).toBeGreaterThanOrEqual(1);
        pages.forEach((lines, p) => {
          // The page's last two runs are its footer (date, page number).
          expect(lines.at(-1), `${fillerRows} rows + ${noteLines} note lines, page ${p + 1}`).toBe(
            `Səhifə ${p + 1} / ${pages.length}`,
          );
          const body = lines.slice(0, -2);
          expect(
            headings.has(body.at(-1) ?? ''),
            `${fillerRows} rows + ${noteLines} note lines, page ${p + 1} ends with "${body.at(-1)}"`,
          ).toBe(false);
        });
        // Every heading is printed, and nothing is lost when it moves to the next page.
        const all = pages.flat();
        for (const heading of headings)
          expect(all, `${fillerRows} rows + ${noteLines} note lines`).toContain(heading);
        expect(all).toContain('Proqram 6');
      }
  }, 120_000);
});

describe('table headings', () => {
  it('wrap between words, never inside one, when many narrow columns share the page', async () => {
    const words = ['Обращения', 'Заявления', 'Обследования', 'Одобрения', 'Размещения'];
    const built: Report = {
      title: 'Воронка привлечения',
      sections: [
        {
          heading: 'В разбивке: Месяц',
          table: {
            columns: [
              { heading: 'Месяц' },
              ...words.map((heading) => ({ heading, kind: 'number' as const })),
              { heading: 'Активные семьи', kind: 'number' },
            ],
            rows: [['сентябрь 2026 г.', 6, 3, 4, 1, 1, 2]],
          },
        },
      ],
    };
    const lines = pdfPages(await renderReportPdf(built, 'ru', { printedOn: '2026-11-25' }))[0]!;
    for (const word of words) expect(lines, word).toContain(word);
    expect(lines.some((line) => line.startsWith('Активные'))).toBe(true);
  });

  it('never break a word of a cell either ("Девочк-и" in a narrow first column)', async () => {
    const built: Report = {
      title: 'Отчёт для министерства за 2026 год',
      sections: [
        {
          heading: 'Дети в приёмных семьях: по полу и возрасту',
          table: {
            columns: [
              { heading: 'Пол' },
              ...['0–6 лет', '7–13 лет', '14–17 лет', 'Возраст неизвестен'].map((heading) => ({
                heading,
                kind: 'number' as const,
              })),
              { heading: 'Дети (до 18 лет), всего', kind: 'number' },
              { heading: 'Молодые люди (18 лет и старше)', kind: 'number' },
            ],
            rows: [
              ['Девочки', 1, 3, 4, 0, 8, 5],
              ['Мальчики', 0, 4, 4, 0, 8, 2],
            ],
          },
        },
      ],
    };
    const lines = pdfPages(await renderReportPdf(built, 'ru', { printedOn: '2026-11-25' }))[0]!;
    expect(lines).toContain('Девочки');
    expect(lines).toContain('Мальчики');
  });
});

describe('table cells', () => {
  it('wrap between words too, and never split "2026 г." (the ministry report\'s seven columns)', async () => {
    const bands = ['0–6 лет', '7–13 лет', '14–17 лет', 'Возраст неизвестен', 'Дети (до 18 лет), всего'];
    const built: Report = {
      title: 'Отчёт для министерства за 2026 год',
      sections: [
        {
          heading: 'Дети в приёмных семьях на 7 декабря 2026 г.: по полу и возрасту',
          table: {
            columns: [
              { heading: 'Пол' },
              ...bands.map((heading) => ({ heading, kind: 'number' as const })),
              { heading: 'Молодые люди (18 лет и старше)', kind: 'number' },
            ],
            rows: [
              ['Девочки', 1, 3, 4, 0, 8, 5],
              ['Мальчики', 0, 4, 4, 0, 8, 2],
            ],
          },
        },
        {
          heading: 'В разбивке: Месяц',
          table: {
            columns: [
              { heading: 'Месяц' },
              ...bands.map((heading) => ({ heading, kind: 'number' as const })),
            ],
            rows: [['сентябрь 2026 г.', 6, 3, 4, 1, 1]],
          },
        },
      ],
    };
    const lines = pdfPages(await renderReportPdf(built, 'ru', { printedOn: '2026-11-25' }))[0]!;
    expect(lines.some((line) => line.startsWith('Девочки'))).toBe(true);
    expect(lines.some((line) => line.startsWith('Мальчики'))).toBe(true);
    expect(lines.some((line) => /^г\.( |$)/.test(line))).toBe(false);
  });
});
