import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FIELD_ERROR_CODES } from './errors';
import { fieldMessageKey, fieldName, fieldProblem } from './field-problems';
import { LOCALES, type Locale } from './i18n/locales';
import { messages } from './i18n/messages';

/** Words a validator uses and a person filling a form should not meet, per language. */
const JARGON: Record<Locale, RegExp> = {
  en: /format|minimum|maximum|invalid|\bvalue|\btype\b|required/i,
  az: /format|minimum|maksimum|dəyər|növü|etibarsız|mütləqdir|çox qısa və ya kiçik/i,
  tr: /biçim|format|geçersiz|değer|türü|zorunlu/i,
  ru: /формат|минимум|максимум|недопустим|значени|тип|обязательное/i,
};

/** Every message a field refusal can show: each kind, and each field's own wording. */
const fieldKeys = Object.keys(messages.en).filter((k) => k.startsWith('error.field.'));

describe('field messages in plain words', () => {
  it('has a message for every kind of refusal', () => {
    expect(FIELD_ERROR_CODES.filter((c) => !fieldKeys.includes(`error.field.${c}`))).toEqual([]);
  });

  it.each(LOCALES)('%s: no field message speaks like a validator', (locale) => {
    const jargon = fieldKeys
      .map((key) => {
        const text = String(
          new IntlMessageFormat(messages[locale][key]!, locale).format({
            field: 'X',
            minimum: 3,
            maximum: 21,
          }),
        );
        return [key, text] as const;
      })
      .filter(([, text]) => JARGON[locale].test(text));
    expect(jargon).toEqual([]);
  });
});

/** The code of each refusal of `schema` for `value`, as the browser sees it (input reported). */
function codes(schema: z.ZodType, value: unknown, reportInput = true): string[] {
  const result = schema.safeParse(value, { reportInput });
  return result.success ? [] : result.error.issues.map((i) => fieldProblem(i as never).code);
}

describe('what a refusal means', () => {
  it('tells a text left empty, a choice not made and an empty list apart', () => {
    expect(codes(z.string().min(1), '')).toEqual(['required']);
    expect(codes(z.string().trim().min(1), '')).toEqual(['required']);
    expect(codes(z.uuid(), '')).toEqual(['choose']);
    expect(codes(z.enum(['a', 'b']), '')).toEqual(['choose']);
    expect(codes(z.array(z.string()).min(1), [])).toEqual(['choose_some']);
    expect(codes(z.iso.date(), '')).toEqual(['date_required']);
  });

  it('names the problem of a value that is there but wrong', () => {
    expect(codes(z.iso.date(), '2026-02-31x')).toEqual(['date']);
    expect(codes(z.string().min(3), 'ab')).toEqual(['too_short']);
    expect(codes(z.string().max(3), 'abcd')).toEqual(['too_long']);
    expect(codes(z.array(z.string()).max(1), ['a', 'b'])).toEqual(['too_many']);
    expect(codes(z.number().min(1), 0)).toEqual(['too_small']);
    expect(codes(z.email(), 'name')).toEqual(['email']);
    expect(codes(z.uuid(), 'not-an-id')).toEqual(['invalid_format']);
    expect(codes(z.enum(['a', 'b']), 'c')).toEqual(['invalid_value']);
  });

  it("keeps a rule's own reason", () => {
    const id = z.string().refine((v) => v !== '000', { params: { reason: 'invalid_national_id' } });
    expect(codes(id, '000')).toEqual(['invalid_national_id']);
  });

  it('says "required" for a field the server received without it, from the validator\'s text', () => {
    const problem = fieldProblem({ code: 'invalid_type', expected: 'string', message: 'received undefined' });
    expect(problem.code).toBe('required');
    // "At least one character" is "write something", even without the input.
    expect(codes(z.string().min(1), '', false)).toEqual(['required']);
  });

  it("uses a field's own wording where the catalogue has one", () => {
    const has = (key: string) => key in messages.en;
    expect(fieldName('children.0.familyName')).toBe('familyName');
    expect(fieldMessageKey('required', 'children.0.familyName', has)).toBe('error.field.required.familyName');
    expect(fieldMessageKey('required', 'sourceDetail', has)).toBe('error.field.required');
    expect(messages.az['error.field.required.familyName']).toBe('Soyadı yazın.');
  });
});
