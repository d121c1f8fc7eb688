// GOV.UK form fields as controlled React components. Each field's id is fieldId(name), the id
// the error summary links to; an error adds the inline message and the error styles.
import type { ChangeEvent, ReactNode } from 'react';
import { fieldId } from '@/lib/form-errors';

interface FieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Render the label as the page's heading (one-question pages). */
  labelClassName?: string;
}

function describedBy(id: string, hint: ReactNode, error: string | undefined, extra?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, extra ?? null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return children ? (
    <div id={`${id}-hint`} className="govuk-hint">
      {children}
    </div>
  ) : null;
}

/** A form group with its label, hint and error message around one control. */
function LabelledField({
  id,
  label,
  hint,
  error,
  labelClassName,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  labelClassName?: string;
  children: ReactNode;
}) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className={`govuk-label${labelClassName ? ` ${labelClassName}` : ''}`} htmlFor={id}>
        {label}
      </label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id} message={error} />
      {children}
    </div>
  );
}

export function ErrorMessage({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  ) : null;
}

export function TextInput({
  name,
  label,
  hint,
  error,
  labelClassName,
  value,
  onChange,
  type = 'text',
  width,
  autoComplete,
  spellCheck,
  inputMode,
  describedByExtra,
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'search' | 'time';
  width?: '2' | '3' | '4' | '5' | '10' | '20' | '30' | 'one-half' | 'two-thirds';
  autoComplete?: string;
  spellCheck?: boolean;
  inputMode?: 'text' | 'numeric' | 'email' | 'search';
  describedByExtra?: string;
}) {
  const id = fieldId(name);
  const widthClass = width ? (/^\d+$/.test(width) ? ` govuk-input--width-${width}` : ` govuk-!-width-${width}`) : '';
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} labelClassName={labelClassName}>
      <input
        className={`govuk-input${widthClass}${error ? ' govuk-input--error' : ''}`}
        id={id}
        name={name}
        type={type}
        value={value}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error, describedByExtra)}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        inputMode={inputMode}
      />
    </LabelledField>
  );
}

/** GOV.UK file upload: one file, of the types `accept` names; the chosen File (or null) goes to `onChange`. */
export function FileUpload({
  name,
  label,
  hint,
  error,
  labelClassName,
  accept,
  onChange,
}: FieldProps & { accept: string; onChange: (file: File | null) => void }) {
  const id = fieldId(name);
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} labelClassName={labelClassName}>
      <input
        className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        id={id}
        name={name}
        type="file"
        accept={accept}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.files?.item(0) ?? null)}
        aria-describedby={describedBy(id, hint, error)}
      />
    </LabelledField>
  );
}

export function Textarea({
  name,
  label,
  hint,
  error,
  labelClassName,
  value,
  onChange,
  rows = 5,
  describedByExtra,
}: FieldProps & { value: string; onChange: (value: string) => void; rows?: number; describedByExtra?: string }) {
  const id = fieldId(name);
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} labelClassName={labelClassName}>
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={name}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error, describedByExtra)}
      />
    </LabelledField>
  );
}

export interface Option {
  value: string;
  text: string;
  hint?: string;
}

export function Select({
  name,
  label,
  hint,
  error,
  labelClassName,
  value,
  onChange,
  options,
  fullWidth,
}: FieldProps & { value: string; onChange: (value: string) => void; options: Option[]; fullWidth?: boolean }) {
  const id = fieldId(name);
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} labelClassName={labelClassName}>
      <select
        className={`govuk-select${fullWidth ? ' govuk-!-width-full' : ''}${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

function Fieldset({
  legend,
  legendClassName,
  children,
  describedById,
}: {
  legend: ReactNode;
  legendClassName?: string;
  children: ReactNode;
  describedById?: string;
}) {
  return (
    <fieldset className="govuk-fieldset" aria-describedby={describedById}>
      <legend className={`govuk-fieldset__legend ${legendClassName ?? 'govuk-fieldset__legend--m'}`}>{legend}</legend>
      {children}
    </fieldset>
  );
}

export function Radios({
  name,
  legend,
  hint,
  error,
  legendClassName,
  value,
  onChange,
  options,
  inline,
}: Omit<FieldProps, 'label'> & {
  legend: ReactNode;
  legendClassName?: string;
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  inline?: boolean;
}) {
  const id = fieldId(name);
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <Fieldset legend={legend} legendClassName={legendClassName} describedById={describedBy(id, hint, error)}>
        <Hint id={id}>{hint}</Hint>
        <ErrorMessage id={id} message={error} />
        <div className={`govuk-radios${inline ? ' govuk-radios--inline' : ''}`}>
          {options.map((option, index) => (
            <ChoiceItem
              key={option.value}
              kind="radios"
              id={choiceId(id, index)}
              name={name}
              option={option}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
          ))}
        </div>
      </Fieldset>
    </div>
  );
}

/** The first option carries the field's id, so the error summary's link lands on it. */
function choiceId(groupId: string, index: number): string {
  return index === 0 ? groupId : `${groupId}-${index + 1}`;
}

/** One GOV.UK radio or checkbox with its label and optional hint. */
function ChoiceItem({
  kind,
  id,
  name,
  option,
  checked,
  onChange,
}: {
  kind: 'radios' | 'checkboxes';
  id: string;
  name: string;
  option: Option;
  checked: boolean;
  onChange: () => void;
}) {
  return (
    <div className={`govuk-${kind}__item`}>
      <input
        className={`govuk-${kind}__input`}
        id={id}
        name={name}
        type={kind === 'radios' ? 'radio' : 'checkbox'}
        value={option.value}
        checked={checked}
        onChange={onChange}
        aria-describedby={option.hint ? `${id}-item-hint` : undefined}
      />
      <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
        {option.text}
      </label>
      {option.hint ? (
        <div id={`${id}-item-hint`} className={`govuk-hint govuk-${kind}__hint`}>
          {option.hint}
        </div>
      ) : null}
    </div>
  );
}

export function Checkboxes({
  name,
  legend,
  hint,
  error,
  legendClassName,
  values,
  onChange,
  options,
  small,
}: Omit<FieldProps, 'label'> & {
  legend: ReactNode;
  legendClassName?: string;
  values: string[];
  onChange: (values: string[]) => void;
  options: Option[];
  small?: boolean;
}) {
  const id = fieldId(name);
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <Fieldset legend={legend} legendClassName={legendClassName} describedById={describedBy(id, hint, error)}>
        <Hint id={id}>{hint}</Hint>
        <ErrorMessage id={id} message={error} />
        <div className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`}>
          {options.map((option, index) => {
            const checked = values.includes(option.value);
            return (
              <ChoiceItem
                key={option.value}
                kind="checkboxes"
                id={choiceId(id, index)}
                name={name}
                option={option}
                checked={checked}
                onChange={() => onChange(checked ? values.filter((v) => v !== option.value) : [...values, option.value])}
              />
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

export function DateInput({
  name,
  legend,
  hint,
  error,
  legendClassName,
  value,
  onChange,
}: Omit<FieldProps, 'label'> & { legend: ReactNode; legendClassName?: string; value: DateParts; onChange: (value: DateParts) => void }) {
  const id = fieldId(name);
  const part = (key: keyof DateParts, label: string, width: '2' | '4') => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={key === 'day' ? id : `${id}-${key}`}>
          {label}
        </label>
        <input
          className={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
          id={key === 'day' ? id : `${id}-${key}`}
          name={`${name}-${key}`}
          type="text"
          inputMode="numeric"
          value={value[key]}
          onChange={(event) => onChange({ ...value, [key]: event.target.value })}
        />
      </div>
    </div>
  );
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend ${legendClassName ?? 'govuk-fieldset__legend--m'}`}>{legend}</legend>
        <Hint id={id}>{hint}</Hint>
        <ErrorMessage id={id} message={error} />
        <div className="govuk-date-input">
          {part('day', 'Day', '2')}
          {part('month', 'Month', '2')}
          {part('year', 'Year', '4')}
        </div>
      </fieldset>
    </div>
  );
}

/** A calendar date from the three boxes, or a message saying what is wrong with it. */
export function readDate(parts: DateParts, what: string): { date: { year: number; month: number; day: number } } | { error: string } {
  const [day, month, year] = [parts.day, parts.month, parts.year].map((part) => part.trim());
  if (!day && !month && !year) return { error: `Enter ${what}` };
  if (!day) return { error: `${capitalise(what)} must include a day` };
  if (!month) return { error: `${capitalise(what)} must include a month` };
  if (!year) return { error: `${capitalise(what)} must include a year` };
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (![d, m, y].every(Number.isInteger) || y < 1900 || y > 2200) return { error: `${capitalise(what)} must be a real date` };
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return { error: `${capitalise(what)} must be a real date` };
  return { date: { year: y, month: m, day: d } };
}

export function dateParts(iso: string | null | undefined): DateParts {
  if (!iso) return EMPTY_DATE;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return EMPTY_DATE;
  return { day: String(date.getUTCDate()), month: String(date.getUTCMonth() + 1), year: String(date.getUTCFullYear()) };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function Button({
  children,
  variant,
  type = 'submit',
  onClick,
  disabled,
  name,
  value,
}: {
  children: ReactNode;
  variant?: 'secondary' | 'warning';
  type?: 'submit' | 'button';
  onClick?: () => void;
  disabled?: boolean;
  name?: string;
  value?: string;
}) {
  return (
    <button
      type={type}
      className={`govuk-button${variant ? ` govuk-button--${variant}` : ''}`}
      data-module="govuk-button"
      onClick={onClick}
      disabled={disabled}
      aria-disabled={disabled || undefined}
      name={name}
      value={value}
    >
      {children}
    </button>
  );
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="govuk-button-group">{children}</div>;
}
