import { isNearKey, keyVariants, nameKey } from '../../../common/text/name-key';
import type { Candidate, PersonProbe } from '../../db/repositories/duplicates.repository';

export type DuplicateReason =
  | 'national_id'
  | 'same_name'
  | 'near_name'
  | 'birth_date'
  | 'birth_date_near'
  | 'patronymic'
  | 'parent_name';

/** A score of 60 or more is a likely duplicate: shown before saving, and saving needs a reason. */
export const LIKELY_DUPLICATE = 60;
/** Birth dates this many days apart still count as near (estimated dates: four times as far). */
const NEAR_DAYS = 366;

const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
/** The keys of a name's words, each with its voiced or devoiced ending (Əhməd = Ahmet). */
const keysOf = (name: string | null | undefined) =>
  new Set((name ?? '').split(/\s+/).map(nameKey).filter(Boolean).flatMap(keyVariants));
const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((k) => b.has(k));
const near = (a: Set<string>, b: Set<string>) => [...a].some((k) => [...b].some((l) => isNearKey(k, l)));

/** Given and family name together: the same name, a near spelling of it (one or both near), or another name. */
function nameLikeness(probe: PersonProbe, c: Candidate): 'same' | 'near' | null {
  const family = [keysOf(probe.familyName), keysOf(c.familyName)] as const;
  const given = [keysOf(probe.givenName), keysOf(c.givenName)] as const;
  const sameFamily = overlaps(...family);
  const sameGiven = overlaps(...given);
  if (sameFamily && sameGiven) return 'same';
  if ((sameFamily || near(...family)) && (sameGiven || near(...given))) return 'near';
  return null;
}

/**
 * How likely the candidate is the same person, with the reasons: the identity number settles
 * it; otherwise the name across scripts (or a near spelling of it), the birth date (± a tolerance, wider when the date
 * was estimated), the patronymic and the parents' names add up.
 */
export function duplicateScore(
  probe: PersonProbe,
  c: Candidate,
): { score: number; reasons: DuplicateReason[] } {
  const reasons: DuplicateReason[] = [];
  let score = 0;
  if (probe.nationalId && c.nationalId && probe.nationalId === c.nationalId) {
    return { score: 100, reasons: ['national_id'] };
  }
  const name = nameLikeness(probe, c);
  if (name === 'same') {
    score += 40;
    reasons.push('same_name');
  } else if (name === 'near') {
    // A near spelling (Muharrem for Məhərrəm) is weaker than the same name: with the same birth
    // date it is worth a warning; with a birth date only near, it needs the patronymic and a parent.
    score += 30;
    reasons.push('near_name');
  }
  if (probe.birthDate && c.birthDate) {
    const apart = days(probe.birthDate, c.birthDate);
    if (apart === 0) {
      score += 30;
      reasons.push('birth_date');
    } else if (apart <= (c.birthDateEstimated ? NEAR_DAYS * 4 : NEAR_DAYS)) {
      score += 15;
      reasons.push('birth_date_near');
    } else {
      score -= 20;
    }
  }
  if (probe.patronymic && c.patronymic && overlaps(keysOf(probe.patronymic), keysOf(c.patronymic))) {
    score += 10;
    reasons.push('patronymic');
  }
  const parents = new Set((probe.parentNames ?? []).flatMap((n) => [...keysOf(n)]));
  if (parents.size && c.parentNames.some((n) => overlaps(keysOf(n), parents))) {
    score += 15;
    reasons.push('parent_name');
  }
  return { score: Math.max(0, Math.min(99, score)), reasons };
}
