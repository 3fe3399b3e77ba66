import { toLower } from '../../../common/text/casing';
import { consonantSkeleton, foldName, keyVariants, nameKey } from '../../../common/text/name-key';
import type { SearchTerms } from '../../db/repositories/search.repository';

const MAX_WORDS = 6;

/**
 * Splits what the user typed into name words (each with its folded form and match key) and
 * the further terms: a birth year, an identity number (FIN or T.C.) or a case number (whole or part).
 */
export function parseSearch(text: string): SearchTerms {
  const terms: SearchTerms = { names: [], birthYear: null, nationalId: null, caseNumber: null };
  // A name has a handful of words; more than that is not a name search and would only cost time.
  for (const raw of text
    .split(/[\s,]+/)
    .filter(Boolean)
    .slice(0, MAX_WORDS)) {
    if (/^yv-/i.test(raw)) terms.caseNumber = raw.toUpperCase();
    else if (/^(19|20)\d{2}$/.test(raw)) terms.birthYear = Number(raw);
    else if (/^\d{11}$/.test(raw) || (/^[0-9a-z]{7}$/i.test(raw) && /\d/.test(raw)))
      terms.nationalId = raw.toUpperCase();
    else if (isCaseNumberPart(raw)) terms.caseNumber = raw;
    else {
      const key = nameKey(raw);
      if (key)
        terms.names.push({
          typed: typedLetters(raw),
          folded: foldName(raw),
          key,
          keys: keyVariants(key),
          skeleton: consonantSkeleton(key),
        });
    }
  }
  return terms;
}

/**
 * Part of a case number as people say it on the phone: its last digits ("000289", "289") or the
 * year and number ("2026-000289"). Three digits at least, so a house number or an age is not one.
 */
function isCaseNumberPart(raw: string): boolean {
  return /^\d{3,10}$/.test(raw) || /^\d{4}-\d{1,6}$/.test(raw);
}

/** The letters as written, in lower case (İ → i, I → ı): what "the same letters" compares. */
export function typedLetters(text: string): string {
  return toLower(text.normalize('NFC'), 'az').replace(/[^\p{L}\p{N}]/gu, '');
}
