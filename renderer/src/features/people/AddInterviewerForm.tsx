import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { InterviewParticipant } from '../../../../shared/api/people/schemas';
import { ApiError } from '../../api';
import { SelectField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { ScanCards } from './card-scan/ScanCards';
import { PersonFieldset } from './PersonFieldset';
import { emptyPersonDraft, toPersonFields } from './person-draft';
import { useAddParticipant, usePeopleAtCompany } from './queries';

interface AddInterviewerFormProps {
  interviewId: string;
  company: string;
  /** People already in this interview, left out of the "someone you met before" list. */
  present: readonly string[];
  onAdded(p: InterviewParticipant): void;
  onCancel(): void;
}

/** Someone met before at this company (a second round), or a new person from their card. */
export function AddInterviewerForm({ interviewId, company, present, onAdded, onCancel }: AddInterviewerFormProps) {
  const known = (usePeopleAtCompany(company).data ?? []).filter((p) => !present.includes(p.id));
  const [existingId, setExistingId] = useState('');
  const [draft, setDraft] = useState(() => emptyPersonDraft(company));
  const add = useAddParticipant();
  const formRef = useRef<HTMLFormElement>(null);
  const error = add.error instanceof ApiError ? add.error : null;
  const [scanning, setScanning] = useState(false);

  // The form opens from a button that then disappears: start typing in the first field.
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate(existingId ? { interviewId, personId: existingId } : { interviewId, person: toPersonFields(draft) }, { onSuccess: onAdded });
  }

  const errorFor = (field: string) => (error?.field === field || error?.field === `person.${field}` ? error.message : undefined);
  return (
    <>
      <form ref={formRef} className="panel inset" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()} aria-label="Add interviewer" noValidate>
        <h3>Add interviewer</h3>
        <FormError error={error && !error.field ? error : null} />
        {known.length > 0 ? (
          <SelectField
            label={`Someone you met before at ${company}`}
            value={existingId}
            onChange={setExistingId}
            options={[
              { value: '', label: '— A new person —' },
              ...known.map((p) => ({ value: p.id, label: `${p.fullName}${p.title ? ` (${p.title})` : ''}` })),
            ]}
          />
        ) : null}
        {existingId ? null : <PersonFieldset draft={draft} onChange={setDraft} errorFor={errorFor} />}
        <div className="actions">
          {/* Have their card? Everyone scanned joins this interview. */}
          <button type="button" onClick={() => setScanning(true)}>
            Scan business cards
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={add.isPending}>
            Add interviewer
          </button>
        </div>
      </form>
      {/* Outside the form: keys pressed in the dialog must not reach the form's Escape. */}
      {scanning ? (
        <ScanCards
          interviewId={interviewId}
          company={company}
          onClose={(added) => {
            setScanning(false);
            // Everyone scanned is in the interview now: the form has done its job.
            if (added > 0) onCancel();
          }}
        />
      ) : null}
    </>
  );
}
