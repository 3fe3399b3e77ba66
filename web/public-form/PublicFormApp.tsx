import { useEffect } from 'react';
import { isLocale, LOCALES } from '../../common/i18n/locales';
import { ApplyForm } from './ApplyForm';
import { PublicFormWords, useWords } from './i18n';

/**
 * The public application form as a page of its own (web/apply.html at /apply): plain React and
 * the browser's own form controls, none of the staff app's libraries, so that a family on a phone
 * downloads under 100 kB of script (decision 0046-lean-public-form).
 */
export function PublicFormApp() {
  return (
    <PublicFormWords>
      <Page />
    </PublicFormWords>
  );
}

function Page() {
  const { t } = useWords();
  const title = t('foster.apply.title');
  const app = t('app.name');
  useEffect(() => {
    document.title = `${title} — ${app}`;
  }, [title, app]);
  return (
    <div className="pf-page">
      <a href="#main" className="skip-link">
        {t('nav.skipToContent')}
      </a>
      <header className="pf-header">
        <div className="pf-container pf-header-row">
          <div>
            <h2 className="pf-brand">{app}</h2>
            <p className="pf-hint">{t('foster.public.tagline')}</p>
          </div>
          <LanguageSelect />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="pf-container pf-main">
        <ApplyForm />
      </main>
    </div>
  );
}

/** The interface language on this device (the same choice the staff app's sign-in page reads). */
function LanguageSelect() {
  const { t, locale, setLocale } = useWords();
  return (
    <div className="pf-field pf-language">
      <label htmlFor="pf-language" className="pf-label">
        {t('header.language')}
      </label>
      <select
        id="pf-language"
        name="language"
        value={locale}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (isLocale(value)) setLocale(value);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
