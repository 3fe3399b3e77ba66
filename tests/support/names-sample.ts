import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The public sample of one name in several scripts: `../shared/names-sample.tsv` beside the
 * project when it is there (it may be replaced by a larger set), else the copy kept in
 * tests/fixtures so the tests run in any clone.
 */
export function namesSamplePath(): string {
  const root = join(import.meta.dirname, '..', '..');
  const shared = join(root, '..', 'shared', 'names-sample.tsv');
  return existsSync(shared) ? shared : join(root, 'tests', 'fixtures', 'names-sample.tsv');
}
