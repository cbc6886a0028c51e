import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';

interface ControlAttributes {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** The label, the control and its error as text, tied together by ids for screen readers. */
function LabelledControl({ label, error, hint, control }: { label: string; error?: string | undefined; hint?: string | undefined; control(attrs: ControlAttributes): ReactNode }) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {control({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? errorId : undefined })}
      {hint && !error ? <span className="hint">{hint}</span> : null}
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
  hint?: string;
}

/** A labelled input: the label is tied to the input, and an error is text beside it. */
export function Field({ label, error, hint, ...input }: FieldProps) {
  return <LabelledControl label={label} error={error} hint={hint} control={(attrs) => <input {...attrs} {...input} />} />;
}

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  error?: string | undefined;
}

export function TextAreaField({ label, error, ...textarea }: TextAreaFieldProps) {
  return <LabelledControl label={label} error={error} control={(attrs) => <textarea {...attrs} {...textarea} />} />;
}
