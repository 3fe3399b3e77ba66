import { nameKey } from '../../../common/text/name-key';

/**
 * Search in the good-practice library folds words as person names are folded (common/text/
 * name-key.ts): case, Azerbaijani and Turkish letters, Cyrillic and its Latin spellings all meet
 * in one key, so "dayaniqli" finds "dayanıqlı" and "ustoychiv" finds "устойчивый". Keys are
 * stored with each title and summary (space-led, so a query word matches the start of a word).
 */
export function searchKeysOf(...texts: string[]): string {
  const keys = new Set(words(texts.join(' ')).map(nameKey).filter(Boolean));
  return keys.size ? ` ${[...keys].join(' ')}` : '';
}

/** The keys of a typed query: each word of two letters or more. */
export function queryKeys(query: string | undefined): string[] {
  if (!query) return [];
  return [
    ...new Set(
      words(query)
        .map(nameKey)
        .filter((k) => k.length >= 2),
    ),
  ].slice(0, 8);
}

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
