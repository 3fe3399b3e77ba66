import { type FormEvent, useState } from 'react';
import { type ApplicationResult, Refusal, sendApplication } from './api';
import { type FormBinding, problemMessage } from './binding';
import { checkApplication, type Problems } from './checks';
import { EligibilitySoFar } from './Eligibility';
import { FamilySection } from './FamilySection';
import { applicationBody, EMPTY, type FormValues } from './form-values';
import { useWords } from './i18n';
import { AdultsSection, ChildrenSection } from './PeopleSections';
import { Submitted } from './Submitted';

/** Out of sight without `display: none`, which some robots skip. */
const VISUALLY_HIDDEN = {
  position: 'absolute',
  left: '-10000px',
  top: 'auto',
  width: 1,
  height: 1,
  overflow: 'hidden',
} as const;

/**
 * The public form on which a family applies to become a foster family (no sign-in). Checked as the
 * server checks it before sending; until the first refused send a change only clears its field's
 * message, after it every change checks again, so a message goes as soon as the field is right.
 */
export function ApplyForm() {
  const words = useWords();
  const { t, locale } = words;
  const [values, setValues] = useState<FormValues>(EMPTY);
  const [refused, setRefused] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<ApplicationResult | null>(null);

  const form: FormBinding = {
    values,
    update(path, change) {
      const next = change(values);
      setValues(next);
      setProblems((old) => (refused ? checkApplication(next) : path in old ? withoutKey(old, path) : old));
      setServerFields((old) => (path in old ? withoutKey(old, path) : old));
    },
    error(path) {
      const problem = problems[path];
      return problem ? problemMessage(words, path, problem) : serverFields[path];
    },
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setRefusal(null);
    const found = checkApplication(values);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setRefused(true);
      focusFirstProblem();
      return;
    }
    setSending(true);
    try {
      setResult(await sendApplication(locale, applicationBody(values)));
      window.scrollTo({ top: 0 });
    } catch (error) {
      const refusal = error instanceof Refusal ? error : new Refusal(0, '');
      setRefusal(refusal);
      setServerFields(refusal.fields);
      if (Object.keys(refusal.fields).length > 0) {
        setRefused(true);
        focusFirstProblem();
      }
    } finally {
      setSending(false);
    }
  }

  if (result) return <Submitted result={result} />;
  const count = Object.keys(problems).length;
  return (
    <div className="pf-stack">
      <div>
        <h1>{t('foster.apply.title')}</h1>
        <p>{t('foster.apply.intro')}</p>
      </div>
      <form onSubmit={onSubmit} noValidate aria-label={t('foster.apply.title')} className="pf-stack">
        <FamilySection form={form} />
        <AdultsSection form={form} />
        <EligibilitySoFar values={values} />
        <ChildrenSection form={form} />
        <Honeypot form={form} />
        {count > 0 && !refusal && (
          <div className="pf-alert pf-red" role="alert">
            {t('error.validation_failed', { count })}
          </div>
        )}
        {refusal && <RefusalAlert refusal={refusal} />}
        <p className="pf-hint">{t('foster.apply.privacy')}</p>
        <div className="pf-actions">
          <button
            type="submit"
            className="pf-button pf-filled pf-large"
            disabled={sending}
            aria-busy={sending || undefined}
          >
            {t('foster.apply.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _, ...rest } = record;
  return rest;
}

/** The first field to correct takes the focus, so that a screen reader hears what is wrong. */
function focusFirstProblem() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/** Why the server refused: too many applications has its own title; no connection its own words. */
function RefusalAlert({ refusal }: { refusal: Refusal }) {
  const { t } = useWords();
  return (
    <div className="pf-alert pf-red" role="alert">
      {refusal.status === 429 && <p className="pf-alert-title">{t('foster.apply.tooMany')}</p>}
      {refusal.status === 0 ? t('common.offline') : refusal.message}
    </div>
  );
}

/** Left empty by people (hidden from them and from screen readers); robots fill it in. */
function Honeypot({ form }: { form: FormBinding }) {
  const { t } = useWords();
  return (
    <div aria-hidden="true" style={VISUALLY_HIDDEN}>
      <label htmlFor="foster-website">{t('foster.apply.honeypot')}</label>
      <input
        id="foster-website"
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={form.values.website}
        onChange={(e) => {
          const website = e.currentTarget.value;
          form.update('website', (v) => ({ ...v, website }));
        }}
      />
    </div>
  );
}
