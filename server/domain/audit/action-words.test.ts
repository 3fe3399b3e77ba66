import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../common/i18n/locales';
import { messages } from '../../../common/i18n/messages';

/** Every server source file, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Actions whose code is built from a value (a decision's outcome, a kind of recruitment record). */
const BUILT_ACTIONS = [
  'foster.approved',
  'foster.denied',
  'foster.withdrawn',
  'foster.campaign_recorded',
  'foster.ambassador_recorded',
  'foster.event_recorded',
  'foster.inquiry_recorded',
  'care_plan.submitted',
  'care_plan.approved',
  'care_plan.returned',
  'gatekeeping.submitted',
  'gatekeeping.approved',
  'gatekeeping.returned',
];

describe('the audit log speaks every language', () => {
  const written = sources(join(import.meta.dirname, '..', '..')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/action: '([a-z_]+\.[a-z_.]+)'/g)].map((m) => m[1] as string),
  );
  const actions = [...new Set([...written, ...BUILT_ACTIONS])].sort();

  it('finds the actions the server writes', () => {
    expect(actions.length).toBeGreaterThan(80);
  });

  it.each(LOCALES)('names every action in words in %s', (locale) => {
    const missing = actions.filter((code) => !messages[locale][`audit.action.${code}`]);
    expect(missing).toEqual([]);
  });
});
