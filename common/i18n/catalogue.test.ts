import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, FIELD_ERROR_CODES } from '../errors';
import { PROGRAMME_STATUSES, PROGRAMME_TYPES } from '../organisation';
import { ROLES } from '../roles';
import { LOCALES } from './locales';
import { catalogueParts, messages } from './messages';

function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if ('value' in el && typeof el.value === 'string') found.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) argumentsOf(option.value, found);
    }
    if (el.type === TYPE.tag) argumentsOf(el.children, found);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('message catalogues', () => {
  const english = Object.keys(messages.en).sort();

  it.each(LOCALES)('%s has exactly the keys of every other language', (locale) => {
    const keys = Object.keys(messages[locale]).sort();
    expect(
      english.filter((k) => !keys.includes(k)),
      `missing in ${locale}`,
    ).toEqual([]);
    expect(
      keys.filter((k) => !english.includes(k)),
      `only in ${locale}`,
    ).toEqual([]);
  });

  it.each(LOCALES)('every %s message parses and uses the same arguments as English', (locale) => {
    for (const key of english) {
      const source = messages[locale][key]!;
      expect(source.trim(), `${locale} ${key} is empty`).not.toBe('');
      const args = argumentsOf(parse(source));
      expect([...args].sort(), `${locale} ${key}`).toEqual([...argumentsOf(parse(messages.en[key]!))].sort());
    }
  });

  it.each(LOCALES)('%s: no key is defined in two catalogue files', (locale) => {
    const seen = new Map<string, number>();
    for (const part of catalogueParts[locale])
      for (const key of Object.keys(part)) seen.set(key, (seen.get(key) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);
  });

  it('has a message for every error code, role, programme type and status', () => {
    const needed = [
      ...ERROR_CODES.map((c) => `error.${c}`),
      ...FIELD_ERROR_CODES.map((c) => `error.field.${c}`),
      ...ROLES.map((r) => `role.${r}`),
      ...PROGRAMME_TYPES.map((t) => `programmeType.${t}`),
      ...PROGRAMME_STATUSES.map((s) => `programmeStatus.${s}`),
      ...LOCALES.map((l) => `language.${l}`),
    ];
    expect(needed.filter((k) => !(k in messages.en))).toEqual([]);
  });

  it('has a message for every rule the server can refuse a change with', () => {
    const rules = new Set<string>();
    for (const file of sourceFiles(join(import.meta.dirname, '..', '..', 'server'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/ruleViolation\('(\w+)'/g))
        rules.add(match[1]!);
      for (const match of readFileSync(file, 'utf8').matchAll(/rule: '(\w+)'/g)) rules.add(match[1]!);
    }
    expect(rules.size).toBeGreaterThan(10);
    // A refusal (error.rule.*) or a foster-care rule breach shown with the household (foster.breach.*).
    expect(
      [...rules].filter((r) => !(`error.rule.${r}` in messages.en) && !(`foster.breach.${r}` in messages.en)),
    ).toEqual([]);
  });

  it('has every message id that the web app names literally', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(import.meta.dirname, '..', '..', 'web'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bid[=:]\s*["']([a-zA-Z]\w*\.[\w.]+)["']/g)) used.add(match[1]!);
      for (const match of text.matchAll(/(?:label|labelKey):\s*'([a-z][\w]*\.[\w.]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !(k in messages.en))).toEqual([]);
  });
});
