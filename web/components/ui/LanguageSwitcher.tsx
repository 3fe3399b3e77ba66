import { NativeSelect } from '@mantine/core';
import { useIntl } from 'react-intl';
import { isLocale, LOCALES, type Locale } from '../../../common/i18n/locales';
import { useLocale } from '../../i18n/I18nProvider';
import { ApiError } from '../../lib/api';
import { useSession } from '../../lib/session';
import { putLocale } from '../../lib/session-api';

/**
 * Switches the interface language; for a signed-in user the choice is saved on the server.
 * `onChoose` hears an explicit choice (the sign-in page sends it with the sign-in, where it wins).
 */
export function LanguageSwitcher({ onChoose }: { onChoose?(locale: Locale): void }) {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  const { user, updateUser } = useSession();
  return (
    <NativeSelect
      label={intl.formatMessage({ id: 'header.language' })}
      name="language"
      size="sm"
      w={170}
      value={locale}
      data={LOCALES.map((l) => ({ value: l, label: intl.formatMessage({ id: `language.${l}` }) }))}
      onChange={async (event) => {
        const value = event.currentTarget.value;
        if (!isLocale(value)) return;
        setLocale(value);
        onChoose?.(value);
        if (!user) return;
        try {
          updateUser(await putLocale(value));
        } catch (error) {
          // The session ended meanwhile (signed out elsewhere, or timed out): the page still
          // changes language, and the next sign-in from this page saves it.
          if (!(error instanceof ApiError && error.status === 401)) console.warn(error);
        }
      }}
    />
  );
}
