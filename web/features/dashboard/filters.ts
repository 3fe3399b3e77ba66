import { useSearchParams } from 'react-router';
import type { Dashboard, DRILL_DOWNS } from '../../../common/contracts/indicators';
import { useAddressFilter } from '../../lib/address-filter';
import { queryString } from '../../lib/api';
import type { DashboardFilter } from './api';

export const FILTER_KEYS = ['asAt', 'from', 'to', 'locationId', 'programmeId'] as const;

/** The dashboard's filters live in the address, so a view can be shared and reloaded. */
export function useDashboardFilter() {
  const [, setParams] = useSearchParams();
  const { filter, set } = useAddressFilter(FILTER_KEYS);
  const reset = () => setParams(new URLSearchParams(), { replace: true });
  return {
    filter: filter as DashboardFilter,
    set: (key: (typeof FILTER_KEYS)[number], value: string) => set(key, value),
    reset,
    active: FILTER_KEYS.some((k) => filter[k]),
  };
}

export type DrillDown = (typeof DRILL_DOWNS)[number];
export type DrillCell = { setting?: string; sex?: string; ageBand?: string; moves?: number };

/** The dashboard's address with the same filters (the dates it was counted for). */
export function dashboardLink(search: URLSearchParams): string {
  return `/dashboard${queryString(Object.fromEntries(FILTER_KEYS.map((k) => [k, search.get(k)])))}`;
}

/**
 * The list of the children behind a number: the indicator's drill-down, the dates and
 * filters the dashboard was counted for, and the cell (setting, sex, age band, moves).
 */
export function drillDownLink(d: Dashboard, indicator: DrillDown, cell: DrillCell = {}): string {
  return `/dashboard/children${queryString({
    indicator,
    asAt: d.asAt,
    from: d.from,
    to: d.to,
    locationId: d.locationId,
    programmeId: d.programmeId,
    ...cell,
  })}`;
}
