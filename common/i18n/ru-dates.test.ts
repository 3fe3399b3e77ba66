import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { formatDate } from './format';
import { messages } from './messages';

/** An argument that, by its name, is given a formatted date ("5 декабря 2026 г."). */
const DATE_ARGUMENT = /date|asAt|since|until|^from$|^to$|On$|^on$|^day$/i;

/** Values for every argument of a message: dates as Russian prints them, the rest neutral. */
function sampleValues(elements: MessageFormatElement[], values: Record<string, unknown> = {}) {
  for (const el of elements) {
    if (el.type === TYPE.argument)
      values[el.value] = DATE_ARGUMENT.test(el.value) ? formatDate('ru', '2026-12-05') : 'x';
    if (el.type === TYPE.number || el.type === TYPE.plural) values[el.value] = 2;
    if (el.type === TYPE.select) values[el.value] = 'other';
    if (el.type === TYPE.date || el.type === TYPE.time) values[el.value] = new Date(0);
    if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const option of Object.values(el.options)) sampleValues(option.value, values);
    if (el.type === TYPE.tag) {
      values[el.value] = (chunks: string[]) => chunks.join('');
      sampleValues(el.children, values);
    }
  }
  return values;
}

describe('Russian dates in messages', () => {
  it('a date already ends in "г.": no message adds a second full stop after it', () => {
    expect(formatDate('ru', '2026-12-05')).toMatch(/г\.$/);
    const doubled = Object.entries(messages.ru).filter(([, source]) => {
      const text = new IntlMessageFormat(source, 'ru').format(sampleValues(parse(source)));
      return String(text).includes('г..');
    });
    expect(doubled.map(([key]) => key)).toEqual([]);
  });
});
