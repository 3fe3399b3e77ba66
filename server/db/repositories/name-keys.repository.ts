import { foldName, nameKey } from '../../../common/text/name-key';
import type { Queryable } from '../client';

/** Words that only say "son of" / "daughter of" in a patronymic carry no name. */
const PATRONYMIC_SUFFIXES = new Set(['oğlu', 'qızı', 'oglu', 'qizi', 'gizi', 'kızı', 'kizi', 'оглы', 'кызы']);

export function nameWords(p: {
  givenName: string;
  familyName: string;
  patronymic?: string | null;
}): string[] {
  const patronymic = (p.patronymic ?? '')
    .split(/\s+/)
    .filter((w) => w && !PATRONYMIC_SUFFIXES.has(foldName(w)));
  return [...p.givenName.split(/\s+/), ...p.familyName.split(/\s+/), ...patronymic]
    .filter(Boolean)
    .slice(0, 12);
}

/** The whole name in both orders: given first, and family first. */
export function fullNames(p: {
  givenName: string;
  familyName: string;
  patronymic?: string | null;
}): { folded: string; key: string }[] {
  const split = (text: string | null | undefined) =>
    (text ?? '').split(/\s+/).filter((w) => w && !PATRONYMIC_SUFFIXES.has(foldName(w)));
  const given = split(p.givenName);
  const family = split(p.familyName);
  const patronymic = split(p.patronymic);
  return [
    [...given, ...family, ...patronymic],
    [...family, ...given, ...patronymic],
  ].map((words) => ({
    folded: words.map(foldName).join(' '),
    key: words.map(nameKey).filter(Boolean).join(' '),
  }));
}

/** Forgets the search keys of a person's name, so that search no longer finds them. */
export async function clearNameKeys(q: Queryable, personId: string): Promise<void> {
  await q.query('delete from person_name_keys where person_id = $1', [personId]);
  await q.query('delete from person_full_keys where person_id = $1', [personId]);
}

/** Rewrites the stored search keys of a person's name (called wherever a name is written). */
export async function writeNameKeys(
  q: Queryable,
  personId: string,
  p: { givenName: string; familyName: string; patronymic?: string | null },
): Promise<void> {
  await clearNameKeys(q, personId);
  const full = fullNames(p);
  await q.query(
    `insert into person_full_keys (person_id, ordering, folded, key)
     select $1, ordinality - 1, f.folded, f.key from unnest($2::text[], $3::text[]) with ordinality as f(folded, key)`,
    [personId, full.map((f) => f.folded), full.map((f) => f.key)],
  );
  const words = nameWords(p);
  if (!words.length) return;
  await q.query(
    `insert into person_name_keys (person_id, position, folded, key)
     select $1, ordinality - 1, w.folded, w.key
       from unnest($2::text[], $3::text[]) with ordinality as w(folded, key)`,
    [personId, words.map(foldName), words.map(nameKey)],
  );
}
