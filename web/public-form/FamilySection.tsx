import { placeLabel, placesOf } from '../../common/places/places';
import { codeLabel, type FormBinding } from './binding';
import { CheckField, HintAndError, SelectField, TextField } from './fields';
import { COUNTRIES, HOME_LANGUAGES, withCountry, withTwoParent } from './form-values';
import { useWords } from './i18n';

/** The household: where it lives, how to reach it, its languages and why it applies. */
export function FamilySection({ form }: { form: FormBinding }) {
  const words = useWords();
  const { t } = words;
  const { values, update, error } = form;
  const text = (name: 'address' | 'phone' | 'email' | 'motivation') => ({
    id: `pf-${name}`,
    value: values[name],
    error: error(name),
    onChange: (value: string) => update(name, (v) => ({ ...v, [name]: value })),
  });
  return (
    <fieldset className="pf-fieldset">
      <legend>{t('foster.apply.family')}</legend>
      <SelectField
        id="pf-country"
        label={t('foster.field.country')}
        hint={t('foster.apply.countryHint')}
        required
        value={values.country}
        options={COUNTRIES.map((c) => ({ value: c, label: codeLabel(words, 'country', c) }))}
        onChange={(country) => update('country', (v) => withCountry(v, country))}
      />
      <Household form={form} />
      <TextField
        label={t('foster.field.address')}
        required
        autoComplete="street-address"
        {...text('address')}
      />
      <PlaceSelect form={form} />
      <div className="pf-grid pf-grid-2">
        <TextField
          label={t('foster.field.phone')}
          hint={t('foster.apply.phoneHint')}
          required
          type="tel"
          autoComplete="tel"
          {...text('phone')}
        />
        <TextField label={t('foster.field.email')} type="email" autoComplete="email" {...text('email')} />
      </div>
      <Languages form={form} />
      <TextField
        label={t('foster.field.motivation')}
        hint={t('foster.apply.motivationHint')}
        multiline
        maxLength={4000}
        {...text('motivation')}
      />
    </fieldset>
  );
}

function Household({ form }: { form: FormBinding }) {
  const { t } = useWords();
  const choose = (twoParent: boolean) => form.update('twoParent', (v) => withTwoParent(v, twoParent));
  return (
    <fieldset className="pf-group">
      <legend className="pf-label">
        {t('foster.field.household')}
        <span aria-hidden="true"> *</span>
      </legend>
      {(['one', 'two'] as const).map((kind) => (
        <div className="pf-check" key={kind}>
          <input
            type="radio"
            id={`pf-household-${kind}`}
            name="household"
            required
            checked={form.values.twoParent === (kind === 'two')}
            onChange={() => choose(kind === 'two')}
          />
          <label htmlFor={`pf-household-${kind}`}>{t(`foster.apply.${kind}Parent`)}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** The city, district or province, from the places of the country chosen (decision 0044), cities first. */
function PlaceSelect({ form }: { form: FormBinding }) {
  const { t, locale } = useWords();
  const { country, districtCode } = form.values;
  const options = placesOf(country, locale).map((p) => ({
    value: p.code,
    label: placeLabel(p.code, locale),
  }));
  return (
    <SelectField
      id="pf-district"
      label={t(country === 'TR' ? 'foster.field.province' : 'foster.field.district')}
      value={districtCode ?? ''}
      error={form.error('districtCode')}
      options={[{ value: '', label: t('common.none') }, ...options]}
      onChange={(code) => form.update('districtCode', (v) => ({ ...v, districtCode: code || null }))}
    />
  );
}

function Languages({ form }: { form: FormBinding }) {
  const words = useWords();
  const { languages } = form.values;
  const error = form.error('languages');
  const toggle = (language: string, on: boolean) =>
    form.update('languages', (v) => ({
      ...v,
      languages: on ? [...v.languages, language] : v.languages.filter((l) => l !== language),
    }));
  return (
    <fieldset className="pf-group" aria-describedby={error ? 'pf-languages-error' : undefined}>
      <legend className="pf-label">{words.t('foster.field.languages')}</legend>
      <div className="pf-grid pf-grid-4">
        {HOME_LANGUAGES.map((l) => (
          <CheckField
            key={l}
            id={`pf-language-${l}`}
            label={codeLabel(words, 'lang', l)}
            checked={languages.includes(l)}
            onChange={(on) => toggle(l, on)}
          />
        ))}
      </div>
      <HintAndError id="pf-languages" error={error} />
    </fieldset>
  );
}
