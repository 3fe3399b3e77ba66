import { useEffect, useRef, useState } from 'react';
import type { ApplicationResult } from './api';
import { BreachList } from './Eligibility';
import { useWords } from './i18n';

/** After sending: the reference and the private link to follow the application, shown once. */
export function Submitted({ result }: { result: ApplicationResult }) {
  const { t } = useWords();
  const [copied, setCopied] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const url = `${window.location.origin}${result.statusPath}`;
  // The page changed under the family's finger: the heading takes the focus, so it is read out.
  useEffect(() => heading.current?.focus(), []);
  const copy = () =>
    navigator.clipboard?.writeText(url).then(
      () => setCopied(true),
      () => {},
    );
  return (
    <div className="pf-stack">
      <h1 ref={heading} tabIndex={-1}>
        {t('foster.apply.sentTitle')}
      </h1>
      <div className="pf-panel pf-teal">
        <p>{t('foster.apply.yourReference')}</p>
        <p className="pf-reference" data-testid="foster-reference">
          {result.reference}
        </p>
        <p className="pf-strong">{t('foster.apply.statusLink')}</p>
        <a href={result.statusPath} data-testid="foster-status-link" className="pf-link pf-break">
          {url}
        </a>
        <div className="pf-actions">
          <button type="button" className={`pf-button ${copied ? 'pf-filled' : 'pf-light'}`} onClick={copy}>
            {t(copied ? 'foster.apply.copied' : 'foster.apply.copyLink')}
          </button>
        </div>
        <div className="pf-alert pf-orange" role="note">
          {t('foster.apply.keepLink')}
        </div>
      </div>
      <BreachList breaches={result.breaches} title={t('foster.apply.sentBreaches')} />
      <p>{t('foster.apply.next')}</p>
    </div>
  );
}
