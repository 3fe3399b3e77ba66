import type { Queryable } from '../client';

/**
 * A setting the application keeps for itself, created with `create()` on first use. Two
 * instances asking at once agree: the first insert wins and both read it back.
 */
export async function settingOrCreate(q: Queryable, key: string, create: () => string): Promise<string> {
  await q.query('insert into app_settings (key, value) values ($1, $2) on conflict (key) do nothing', [
    key,
    create(),
  ]);
  return (await q.query<{ value: string }>('select value from app_settings where key = $1', [key]))[0]!.value;
}
