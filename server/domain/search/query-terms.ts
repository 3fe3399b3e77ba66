import { toLower } from '../../../common/text/casing';
import { consonantSkeleton, foldName, keyVariants, nameKey } from '../../../common/text/name-key';
import type { SearchTerms } from '../../db/repositories/search.repository';

const MAX_WORDS = 6;

/**
 * Splits what the user typed into name words (each with its folded form and match key) and
 * the further terms: a birth year, an identity number (FIN or T.C.) or a case number.
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

/** The letters as written, in lower case (İ → i, I → ı): what "the same letters" compares. */
export function typedLetters(text: string): string {
  return toLower(text.normalize('NFC'), 'az').replace(/[^\p{L}\p{N}]/gu, '');
}
