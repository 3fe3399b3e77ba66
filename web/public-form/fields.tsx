import { type ReactNode, useState } from 'react';
import { datePlaceholder, formatDateInput, parseDateInput } from '../../common/i18n/date-input';
import { useWords } from './i18n';

/**
 * Native form controls with what a screen reader needs: the label, the hint and the message of a
 * field to correct tied to the control (aria-describedby, aria-invalid), required marked for sight
 * with an asterisk and for assistive technology with `required`.
 */
interface Common {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
}

function describedBy({ id, hint, error }: Common): string | undefined {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return ids || undefined;
}

export function Label({ id, label, required }: Pick<Common, 'id' | 'label' | 'required'>) {
  return (
    <label htmlFor={id} className="pf-label">
      {label}
      {required && <span aria-hidden="true"> *</span>}
    </label>
  );
}

export function HintAndError({ id, hint, error }: Pick<Common, 'id' | 'hint' | 'error'>) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="pf-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="pf-error">
          {error}
        </p>
      )}
    </>
  );
}

/** Label above, control, then the hint and the message (the order they are read in). */
function Field(props: Common & { children: ReactNode }) {
  return (
    <div className="pf-field">
      <Label {...props} />
      {props.children}
      <HintAndError {...props} />
    </div>
  );
}

const aria = (props: Common) => ({
  id: props.id,
  required: props.required,
  'aria-invalid': props.error ? true : undefined,
  'aria-describedby': describedBy(props),
});

type TextProps = Common & {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'tel' | 'email';
  autoComplete?: string;
  multiline?: boolean;
  maxLength?: number;
};

export function TextField({
  value,
  onChange,
  type = 'text',
  autoComplete,
  multiline,
  maxLength,
  ...props
}: TextProps) {
  const control = multiline ? (
    <textarea
      {...aria(props)}
      rows={4}
      maxLength={maxLength}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  ) : (
    <input
      {...aria(props)}
      type={type}
      autoComplete={autoComplete}
      maxLength={maxLength}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
  return <Field {...props}>{control}</Field>;
}

type SelectProps = Common & {
  value: string;
  onChange(value: string): void;
  options: { value: string; label: string }[];
};

export function SelectField({ value, onChange, options, ...props }: SelectProps) {
  return (
    <Field {...props}>
      <select {...aria(props)} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/**
 * A date typed in the interface language (dd.mm.yyyy; an ISO date is taken too), not the browser's
 * date control, which follows the browser's locale (issue 16, item 6). The form holds the text; once
 * the field is left a whole date is shown in the language's form.
 */
export function DateTextField({
  value,
  onChange,
  ...props
}: Common & { value: string; onChange(value: string): void }) {
  const { locale } = useWords();
  const [editing, setEditing] = useState(false);
  const iso = parseDateInput(value);
  // The pattern stays in sight once something is typed (a placeholder does not).
  const hint = props.hint ?? datePlaceholder(locale);
  return (
    <Field {...props} hint={hint}>
      <input
        {...aria({ ...props, hint })}
        className="pf-date"
        inputMode="numeric"
        autoComplete="off"
        placeholder={datePlaceholder(locale)}
        value={!editing && iso ? formatDateInput(locale, iso) : value}
        onFocus={() => setEditing(true)}
        onBlur={() => setEditing(false)}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </Field>
  );
}

type CheckProps = {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange(checked: boolean): void;
};

export function CheckField({ id, label, hint, checked, onChange }: CheckProps) {
  return (
    <div className="pf-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p id={`${id}-hint`} className="pf-hint">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
