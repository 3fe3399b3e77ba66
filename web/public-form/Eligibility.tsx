import { useEffect, useRef, useState } from 'react';
import { type Breach, checkEligibility } from './api';
import { eligibilityBody, type FormValues } from './form-values';
import { useWords } from './i18n';

/** The eligibility rules the household does not meet, in the server's words. */
export function BreachList({ breaches, title }: { breaches: Breach[]; title: string }) {
  if (breaches.length === 0) return null;
  return (
    <div className="pf-alert pf-orange" role="status">
      <p className="pf-alert-title">{title}</p>
      <ul>
        {breaches.map((b) => (
          <li key={`${b.rule}-${b.who ?? ''}`}>{b.message}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * What the eligibility rules say of the adults filled in so far, asked 600 ms after the family
 * stops typing; the last answer stays on screen until the next arrives.
 */
export function EligibilitySoFar({ values }: { values: FormValues }) {
  const { t, locale } = useWords();
  const key = JSON.stringify(eligibilityBody(values));
  const [answer, setAnswer] = useState<{ key: string; breaches: Breach[] } | null>(null);
  const asked = useRef('');
  useEffect(() => {
    const body = JSON.parse(key) as ReturnType<typeof eligibilityBody>;
    if (!body) return setAnswer(null);
    const question = `${locale}${key}`;
    const timer = setTimeout(() => {
      asked.current = question;
      checkEligibility(locale, body).then(
        // A slower answer to an earlier question must not replace the latest.
        ({ breaches }) => asked.current === question && setAnswer({ key, breaches }),
        () => {},
      );
    }, 600);
    return () => clearTimeout(timer);
  }, [key, locale]);
  const breaches = key === 'null' ? undefined : answer?.breaches;
  return (
    <div aria-live="polite">
      {breaches && breaches.length > 0 && (
        <BreachList breaches={breaches} title={t('foster.apply.breachesTitle')} />
      )}
      {breaches && breaches.length === 0 && (
        <div className="pf-alert pf-green" role="status">
          {t('foster.apply.eligibleSoFar')}
        </div>
      )}
    </div>
  );
}
