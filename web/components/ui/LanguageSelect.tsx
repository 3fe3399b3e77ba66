import { NativeSelect } from '@mantine/core';
import { useIntl } from 'react-intl';
import { isLocale, LOCALES, type Locale } from '../../../common/i18n/locales';
import { useLocale } from '../../i18n/I18nProvider';

/**
 * The interface language on this device. Knows nothing of sessions, so the public pages can use it
 * without loading the staff app; `onChosen` lets a signed-in page also save the choice.
 */
export function LanguageSelect({ onChosen }: { onChosen?: (locale: Locale) => void }) {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  return (
    <NativeSelect
      label={intl.formatMessage({ id: 'header.language' })}
      name="language"
      size="sm"
      w={170}
      value={locale}
      data={LOCALES.map((l) => ({ value: l, label: intl.formatMessage({ id: `language.${l}` }) }))}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (!isLocale(value)) return;
        setLocale(value);
        onChosen?.(value);
      }}
    />
  );
}
