/** Today in the browser, as an ISO date. */
export function isoToday(): string {
  return localDay(new Date().toISOString());
}

/** The calendar day of a moment, in the browser's time zone, as an ISO date. */
export function localDay(iso: string): string {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** An ISO date moved by whole days (calendar arithmetic in UTC, so no daylight-saving drift). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
