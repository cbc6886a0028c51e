import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { InterviewParticipant, Person } from '../../../../shared/api/people-schemas';
import { api } from '../../api';
import { errorsFrom, type FormErrors } from '../../field-errors';
import { PersonFieldset } from './PersonFieldset';
import { emptyPersonDraft, toPersonFields } from './person-draft';

interface AddInterviewerFormProps {
  interviewId: string;
  company: string;
  /** People already in this interview, left out of the "someone you met before" list. */
  present: readonly string[];
  onAdded(p: InterviewParticipant): void;
  onCancel(): void;
  /** Opens "Scan business cards" instead: the card's photo fills this form's fields. */
  onScan?(): void;
}

/** Someone met before at this company (a second round), or a new person from their card. */
export function AddInterviewerForm({ interviewId, company, present, onAdded, onCancel, onScan }: AddInterviewerFormProps) {
  const [known, setKnown] = useState<Person[]>([]);
  const [existingId, setExistingId] = useState('');
  const [draft, setDraft] = useState(() => emptyPersonDraft(company));
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // The form opens from a button that then disappears: start typing in the first field.
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  useEffect(() => {
    void api['people.list']({ company }).then((r) => {
      if (r.ok) setKnown(r.value.filter((p) => !present.includes(p.id)));
    });
  }, [company, present]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = existingId
      ? await api['participants.add']({ interviewId, personId: existingId })
      : await api['participants.add']({ interviewId, person: toPersonFields(draft) });
    setBusy(false);
    if (result.ok) onAdded(result.value);
    else setErrors(errorsFrom(result));
  }

  const errorFor = (field: string) => errors.fields[field] ?? errors.fields[`person.${field}`];
  return (
    <form ref={formRef} className="panel inset" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()} aria-label="Add interviewer" noValidate>
      <h3>Add interviewer</h3>
      {onScan ? (
        <p className="muted">
          Have their card?{' '}
          <button type="button" className="small" onClick={onScan}>
            Scan business cards
          </button>
        </p>
      ) : null}
      {errors.form ? <p role="alert" className="form-error">{errors.form}</p> : null}
      {known.length > 0 ? (
        <div className="field">
          <label htmlFor="existing-person">Someone you met before at {company}</label>
          <select id="existing-person" value={existingId} onChange={(e) => setExistingId(e.target.value)}>
            <option value="">— A new person —</option>
            {known.map((p) => (
              <option key={p.id} value={p.id}>
                {p.fullName}
                {p.title ? ` (${p.title})` : ''}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {existingId ? null : <PersonFieldset draft={draft} onChange={setDraft} errorFor={errorFor} />}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          Add interviewer
        </button>
      </div>
    </form>
  );
}
