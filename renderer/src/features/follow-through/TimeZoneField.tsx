import { useEffect, useId, useState } from 'react';
import { knownTimeZones } from '../../../../shared/follow-through/time-zones';
import { Field } from '../../components/Field';

interface TimeZoneFieldProps {
  label: string;
  /** The saved zone; the field follows it when it changes elsewhere. */
  value: string;
  placeholder?: string;
  error?: string | undefined;
  /** Called on blur with the trimmed text, only when it differs from the saved value. */
  onSave(zone: string): void;
}

/** An IANA time zone typed or picked from the platform's list; one component for every zone field. */
export function TimeZoneField({ label, value, placeholder, error, onSave }: TimeZoneFieldProps) {
  const listId = `${useId()}-zones`;
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <>
      <Field
        label={label}
        list={listId}
        value={text}
        placeholder={placeholder}
        error={error}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => {
          if (text.trim() !== value) onSave(text.trim());
        }}
      />
      <datalist id={listId}>
        {knownTimeZones().map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
    </>
  );
}
