import type { Locale } from '../../../common/i18n/locales';
import type { Queryable } from '../../db/client';
import { updateUser } from '../../db/repositories/users.repository';
import { audit } from '../audit/audit';
import type { RequestContext } from '../context';

/**
 * The language a person chose on the sign-in page wins over the one saved on their account, and
 * is saved for their next sign-in anywhere: they chose it explicitly, just now (issue 16 item 7).
 * Saved once the password is right, also half-way through a two-step sign-in.
 */
export async function keepSignInLocale(
  tx: Queryable,
  ctx: RequestContext,
  user: { id: string; username: string; locale: Locale },
  chosen: Locale | undefined,
): Promise<void> {
  if (!chosen || chosen === user.locale) return;
  await updateUser(tx, user.id, null, { locale: chosen });
  await audit(
    tx,
    ctx,
    {
      action: 'user.locale_changed',
      entityType: 'user',
      entityId: user.id,
      changes: { locale: { from: user.locale, to: chosen } },
    },
    { userId: user.id, username: user.username },
  );
}
