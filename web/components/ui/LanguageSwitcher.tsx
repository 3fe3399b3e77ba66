import { useSession } from '../../lib/session';
import { putLocale } from '../../lib/session-api';
import { LanguageSelect } from './LanguageSelect';

/** Switches the interface language; for a signed-in user the choice is saved on the server. */
export function LanguageSwitcher() {
  const { user, updateUser } = useSession();
  return (
    <LanguageSelect
      onChosen={async (locale) => {
        if (user) updateUser(await putLocale(locale));
      }}
    />
  );
}
