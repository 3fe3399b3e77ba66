import { NativeSelect } from '@mantine/core';
import { useIntl } from 'react-intl';
import { isLocale, LOCALES } from '../../../common/i18n/locales';
import { useLocale } from '../../i18n/I18nProvider';
import { useSession } from '../../lib/session';
import { putLocale } from '../../lib/session-api';

/** Switches the interface language; for a signed-in user the choice is saved on the server. */
export function LanguageSwitcher() {
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
        if (user) updateUser(await putLocale(value));
      }}
    />
  );
}
