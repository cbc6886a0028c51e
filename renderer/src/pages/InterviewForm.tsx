import { useState, type FormEvent } from 'react';
import type { Interview } from '../../../shared/api/opportunities/schemas';
import { api } from '../api';
import { Field } from '../components/Field';
import { errorsFrom, type FormErrors } from '../field-errors';
import { todayIso } from '../format-date';

interface InterviewFormProps {
  opportunityId: string;
  /** When given, the form edits this interview instead of adding one. */
  interview?: Interview;
  onSaved(i: Interview): void;
  onCancel(): void;
}

export function InterviewForm({ opportunityId, interview, onSaved, onCancel }: InterviewFormProps) {
  const [date, setDate] = useState(interview?.date ?? todayIso());
  const [startTime, setStartTime] = useState(interview?.startTime ?? '');
  const [endTime, setEndTime] = useState(interview?.endTime ?? '');
  const [title, setTitle] = useState(interview?.title ?? '');
  const [location, setLocation] = useState(interview?.location ?? '');
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const fields = { date, startTime: startTime || null, endTime: endTime || null, title, location };
    const result = interview
      ? await api['interviews.update']({ id: interview.id, ...fields })
      : await api['interviews.create']({ opportunityId, ...fields });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setErrors(errorsFrom(result));
  }

  const heading = interview ? 'Edit interview' : 'New interview';
  return (
    <form className="panel inset" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()} aria-label={heading} noValidate>
      <h3>{heading}</h3>
      {errors.form ? <p role="alert" className="form-error">{errors.form}</p> : null}
      <div className="row">
        <Field label="Interview date" type="date" value={date} onChange={(e) => setDate(e.target.value)} error={errors.fields.date} autoFocus required />
        <Field label="Start time" type="time" value={startTime} onChange={(e) => setStartTime(e.target.value)} error={errors.fields.startTime} />
        <Field label="End time" type="time" value={endTime} onChange={(e) => setEndTime(e.target.value)} error={errors.fields.endTime} />
      </div>
      <Field label="Title" value={title} onChange={(e) => setTitle(e.target.value)} error={errors.fields.title} placeholder="e.g. Second round with the team" maxLength={200} />
      <Field label="Location" value={location} onChange={(e) => setLocation(e.target.value)} error={errors.fields.location} placeholder="Office address, or video call" maxLength={500} />
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {interview ? 'Save interview' : 'Add interview'}
        </button>
      </div>
    </form>
  );
}
