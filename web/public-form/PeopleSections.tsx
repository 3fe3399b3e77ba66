import { codeLabel, type FormBinding } from './binding';
import { CheckField, DateTextField, SelectField, TextField } from './fields';
import {
  type AdultValues,
  type ChildValues,
  EDUCATION_LEVELS,
  MAX_ADULTS,
  MAX_CHILDREN,
  newAdult,
  newChild,
  PERSON_COUNTRIES,
} from './form-values';
import { useWords } from './i18n';

type List = 'adults' | 'children';

/** Changes one person of a list. */
function setPerson<P extends AdultValues | ChildValues>(
  form: FormBinding,
  list: List,
  index: number,
  name: keyof P & string,
) {
  return (value: P[keyof P]) =>
    form.update(`${list}.${index}.${name}`, (v) => ({
      ...v,
      [list]: (v[list] as P[]).map((p, i) => (i === index ? { ...p, [name]: value } : p)),
    }));
}

function Section({ list, form, children }: { list: List; form: FormBinding; children: React.ReactNode }) {
  const { t } = useWords();
  const listError = form.error(list);
  return (
    <section className="pf-section" aria-labelledby={`pf-${list}-title`}>
      <h2 id={`pf-${list}-title`}>{t(`foster.apply.${list}`)}</h2>
      <p className="pf-hint">{t(`foster.apply.${list}Hint`)}</p>
      {listError && (
        <p className="pf-error" role="alert">
          {listError}
        </p>
      )}
      {children}
    </section>
  );
}

function RemovePerson({ form, list, index }: { form: FormBinding; list: List; index: number }) {
  const { t } = useWords();
  const remove = () =>
    form.update(list, (v) => ({ ...v, [list]: (v[list] as unknown[]).filter((_, i) => i !== index) }));
  return (
    <div className="pf-actions pf-end">
      <button type="button" className="pf-button pf-subtle" onClick={remove}>
        {t(list === 'adults' ? 'foster.apply.removeAdult' : 'foster.apply.removeChild', { n: index + 1 })}
      </button>
    </div>
  );
}

/** The adults of the household, one fieldset each, the first being the applicant. */
export function AdultsSection({ form }: { form: FormBinding }) {
  const { t } = useWords();
  const { adults, country } = form.values;
  const add = () =>
    form.update('adults', (v) => ({
      ...v,
      adults: [...v.adults, newAdult(country, false, adults[0]?.familyName ?? '')],
    }));
  return (
    <Section list="adults" form={form}>
      {adults.map((adult, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: adults have no identity before they are sent
        <AdultFieldset key={index} form={form} adult={adult} index={index} removable={adults.length > 1} />
      ))}
      {adults.length < MAX_ADULTS && (
        <div className="pf-actions">
          <button type="button" className="pf-button pf-light" onClick={add}>
            {t('foster.apply.addAdult')}
          </button>
        </div>
      )}
    </Section>
  );
}

function AdultFieldset({
  form,
  adult,
  index,
  removable,
}: {
  form: FormBinding;
  adult: AdultValues;
  index: number;
  removable: boolean;
}) {
  const words = useWords();
  const { t } = words;
  const at = (name: keyof AdultValues & string) => ({
    id: `pf-adults-${index}-${name}`,
    error: form.error(`adults.${index}.${name}`),
  });
  const set = <K extends keyof AdultValues & string>(name: K) =>
    setPerson<AdultValues>(form, 'adults', index, name);
  const countries = PERSON_COUNTRIES.map((c) => ({ value: c, label: codeLabel(words, 'country', c) }));
  // The applicant's own name may be filled in by the browser; another person's must not.
  const fill = (token: string) => (index === 0 ? token : 'off');
  return (
    <fieldset className="pf-fieldset">
      <legend>{t('foster.apply.adultN', { n: index + 1 })}</legend>
      <div className="pf-grid pf-grid-3">
        <TextField
          {...at('familyName')}
          label={t('foster.field.familyName')}
          required
          autoComplete={fill('family-name')}
          value={adult.familyName}
          onChange={set('familyName')}
        />
        <TextField
          {...at('givenName')}
          label={t('foster.field.givenName')}
          required
          autoComplete={fill('given-name')}
          value={adult.givenName}
          onChange={set('givenName')}
        />
        <TextField
          {...at('patronymic')}
          label={t('foster.field.patronymic')}
          value={adult.patronymic}
          onChange={set('patronymic')}
        />
      </div>
      <div className="pf-grid pf-grid-2">
        <DateTextField
          {...at('birthDate')}
          label={t('foster.field.birthDate')}
          required
          value={adult.birthDate}
          onChange={set('birthDate')}
        />
        <SelectField
          {...at('education')}
          label={t('foster.field.education')}
          required
          value={adult.education}
          options={EDUCATION_LEVELS.map((l) => ({ value: l, label: codeLabel(words, 'education', l) }))}
          onChange={set('education')}
        />
        <SelectField
          {...at('citizenship')}
          label={t('foster.field.citizenship')}
          required
          value={adult.citizenship}
          options={countries}
          onChange={set('citizenship')}
        />
        <SelectField
          {...at('residence')}
          label={t('foster.field.residence')}
          required
          value={adult.residence}
          options={countries}
          onChange={set('residence')}
        />
      </div>
      <CheckField
        id={`pf-adults-${index}-income`}
        label={t('foster.field.regularIncome')}
        checked={adult.regularIncome}
        onChange={set('regularIncome')}
      />
      <CheckField
        id={`pf-adults-${index}-applicant`}
        label={t('foster.field.applicant')}
        hint={t('foster.apply.applicantHint')}
        checked={adult.applicant}
        onChange={set('applicant')}
      />
      {removable && <RemovePerson form={form} list="adults" index={index} />}
    </fieldset>
  );
}

/** The children already living in the household (a new one takes the first adult's family name). */
export function ChildrenSection({ form }: { form: FormBinding }) {
  const { t } = useWords();
  const { children, adults } = form.values;
  const add = () =>
    form.update('children', (v) => ({
      ...v,
      children: [...v.children, newChild(adults[0]?.familyName ?? '')],
    }));
  return (
    <Section list="children" form={form}>
      {children.map((child, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: children have no identity before they are sent
        <ChildFieldset key={index} form={form} child={child} index={index} />
      ))}
      {children.length < MAX_CHILDREN && (
        <div className="pf-actions">
          <button type="button" className="pf-button pf-light" onClick={add}>
            {t('foster.apply.addChild')}
          </button>
        </div>
      )}
    </Section>
  );
}

function ChildFieldset({ form, child, index }: { form: FormBinding; child: ChildValues; index: number }) {
  const { t } = useWords();
  const at = (name: keyof ChildValues & string) => ({
    id: `pf-children-${index}-${name}`,
    error: form.error(`children.${index}.${name}`),
    value: child[name],
    onChange: setPerson<ChildValues>(form, 'children', index, name) as (value: string) => void,
  });
  return (
    <fieldset className="pf-fieldset">
      <legend>{t('foster.apply.childN', { n: index + 1 })}</legend>
      <div className="pf-grid pf-grid-3">
        <TextField {...at('familyName')} label={t('foster.field.familyName')} required autoComplete="off" />
        <TextField {...at('givenName')} label={t('foster.field.givenName')} required autoComplete="off" />
        <DateTextField {...at('birthDate')} label={t('foster.field.birthDate')} required />
      </div>
      <RemovePerson form={form} list="children" index={index} />
    </fieldset>
  );
}
