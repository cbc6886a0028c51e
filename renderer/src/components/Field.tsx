import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

interface ControlAttributes {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** The label, the control and its error as text, tied together by ids for screen readers. */
function LabelledControl({
  label,
  error,
  hint,
  className,
  control,
}: {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  className?: string | undefined;
  control(attrs: ControlAttributes): ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {control({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? errorId : hint ? hintId : undefined })}
      {hint && !error ? (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="field-error" id={errorId} role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

/** A labelled input: the label is tied to the input, and an error is text beside it. */
export function Field({ label, error, hint, className, ...input }: FieldProps) {
  return <LabelledControl label={label} error={error} hint={hint} className={className} control={(attrs) => <input {...attrs} {...input} />} />;
}

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

export function TextAreaField({ label, error, hint, className, ...textarea }: TextAreaFieldProps) {
  return <LabelledControl label={label} error={error} hint={hint} className={className} control={(attrs) => <textarea {...attrs} {...textarea} />} />;
}

interface SelectFieldProps<V extends string> extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  label: string;
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange(value: V): void;
  error?: string | undefined;
  hint?: string | undefined;
}

/** A labelled native select for a short, fixed list of choices (long lists use a combo box). */
export function SelectField<V extends string>({ label, value, options, onChange, error, hint, className, ...select }: SelectFieldProps<V>) {
  return (
    <LabelledControl
      label={label}
      error={error}
      hint={hint}
      className={className}
      control={(attrs) => (
        <select {...attrs} {...select} value={value} onChange={(e) => onChange(e.target.value as V)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}
