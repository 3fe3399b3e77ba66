import type { Db } from '../../db/client';
import { settingOrCreate } from '../../db/repositories/settings.repository';
import type { Deps } from '../context';
import { newKey, open, parseKey, seal } from './secret-box';

/**
 * The key that encrypts authenticator secrets: YUVA_TOTP_KEY when set (kept apart from the
 * database and its backups), otherwise one made on first use and kept in app_settings, which
 * still keeps the secrets out of anything that copies the user tables alone (decision 0012).
 * Read outside any transaction (PGlite has one connection).
 */
const keys = new WeakMap<Db, Promise<Buffer>>();
function totpKey(deps: Deps): Promise<Buffer> {
  if (deps.auth.totpKey) return Promise.resolve(parseKey(deps.auth.totpKey));
  let key = keys.get(deps.db);
  if (!key) {
    key = settingOrCreate(deps.db, 'auth.totp_key', newKey).then(parseKey);
    key.catch(() => keys.delete(deps.db));
    keys.set(deps.db, key);
  }
  return key;
}

export async function sealTotpSecret(deps: Deps, userId: string, secret: Buffer): Promise<string> {
  return seal(await totpKey(deps), secret, `totp:${userId}`);
}

export async function openTotpSecret(deps: Deps, userId: string, sealed: string): Promise<Buffer> {
  return open(await totpKey(deps), sealed, `totp:${userId}`);
}
