import { useSearchParams } from 'react-router';

/**
 * A list's filters kept in the address, so a filtered list can be bookmarked and shared.
 * Changing a filter goes back to page one and replaces the history entry (turning pages adds
 * one); choosing a location clears the programme, which belongs to a location.
 */
export function useAddressFilter<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const filter = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>;
  const page = Number(params.get('page') ?? 1) || 1;
  const set = (key: K | 'page', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'locationId') next.delete('programmeId');
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: key !== 'page' });
  };
  return { filter, page, set };
}
