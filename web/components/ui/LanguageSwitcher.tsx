import type { Locale } from '../../../common/i18n/locales';
import { ApiError } from '../../lib/api';
import { useSession } from '../../lib/session';
import { putLocale } from '../../lib/session-api';
import { LanguageSelect } from './LanguageSelect';

/**
 * Switches the interface language; for a signed-in user the choice is saved on the server.
 * `onChoose` hears an explicit choice (the sign-in page sends it with the sign-in, where it wins).
 */
export function LanguageSwitcher({ onChoose }: { onChoose?(locale: Locale): void }) {
  const { user, updateUser } = useSession();
  return (
    <LanguageSelect
      onChosen={async (locale) => {
        onChoose?.(locale);
        if (!user) return;
        try {
          updateUser(await putLocale(locale));
        } catch (error) {
          // The session ended meanwhile (signed out elsewhere, or timed out): the page still
          // changes language, and the next sign-in from this page saves it.
          if (!(error instanceof ApiError && error.status === 401)) console.warn(error);
        }
      }}
    />
  );
}
