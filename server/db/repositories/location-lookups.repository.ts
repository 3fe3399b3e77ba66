import type { LocalizedText } from '../../../common/contracts/common';
import type { Queryable } from '../client';

// Single facts about an office's area, for services that hold only its id.

export async function locationNameOf(q: Queryable, id: string): Promise<LocalizedText | null> {
  const rows = await q.query<{ name: LocalizedText }>('select name from locations where id = $1', [id]);
  return rows[0]?.name ?? null;
}

export async function locationCountry(q: Queryable, id: string): Promise<string | undefined> {
  return (await q.query<{ country: string }>('select country from locations where id = $1', [id]))[0]
    ?.country;
}
