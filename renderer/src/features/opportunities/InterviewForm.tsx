import { useState, type FormEvent } from 'react';
import type { Interview } from '../../../../shared/api/opportunities/schemas';
import { ApiError } from '../../api';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { todayIso } from '../../format-date';
import { useSaveInterview } from './queries';

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
  const save = useSaveInterview();
  const error = save.error instanceof ApiError ? save.error : null;
  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields = { date, startTime: startTime || null, endTime: endTime || null, title, location };
    save.mutate(interview ? { id: interview.id, fields } : { fields: { opportunityId, ...fields } }, { onSuccess: onSaved });
  }

  const heading = interview ? 'Edit interview' : 'New interview';
  return (
    <form className="panel inset" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()} aria-label={heading} noValidate>
      <h3>{heading}</h3>
      <FormError error={error && !error.field ? error : null} />
      <div className="row">
        <Field label="Interview date" type="date" value={date} onChange={(e) => setDate(e.target.value)} error={fieldError('date')} autoFocus required />
        <Field label="Start time" type="time" value={startTime} onChange={(e) => setStartTime(e.target.value)} error={fieldError('startTime')} />
        <Field label="End time" type="time" value={endTime} onChange={(e) => setEndTime(e.target.value)} error={fieldError('endTime')} />
      </div>
      <Field
        label="Title"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={fieldError('title')}
        placeholder="e.g. Second round with the team"
        maxLength={200}
      />
      <Field
        label="Location"
        value={location}
        onChange={(e) => setLocation(e.target.value)}
        error={fieldError('location')}
        placeholder="Office address, or video call"
        maxLength={500}
      />
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={save.isPending}>
          {interview ? 'Save interview' : 'Add interview'}
        </button>
      </div>
    </form>
  );
}
