import { useEffect, useState } from 'react';
import type { Interview, Opportunity } from '../../../shared/api/opportunities/schemas';
import { api } from '../api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Field, TextAreaField } from '../components/Field';
import { SaveStatus } from '../components/SaveStatus';
import { useFocusOnClose } from '../components/use-focus-on-close';
import { formatCalendarDate } from '../format-date';
import { useAutosave } from '../use-autosave';
import { InterviewForm } from './InterviewForm';

type Editable = Pick<Opportunity, 'company' | 'role' | 'location' | 'notes' | 'status'>;

interface OpportunityDetailProps {
  opportunity: Opportunity;
  onChanged(o: Opportunity): void;
  onDeleted(id: string): void;
  /** Opens the interview page (its interviewers and their notes). */
  onOpenInterview?(interview: Interview): void;
}

export function OpportunityDetail({ opportunity, onChanged, onDeleted, onOpenInterview }: OpportunityDetailProps) {
  const [draft, setDraft] = useState<Editable>(opportunity);
  const [interviews, setInterviews] = useState<Interview[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const newInterviewButton = useFocusOnClose<HTMLButtonElement>(adding);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<{ kind: 'opportunity' } | { kind: 'interview'; interview: Interview } | null>(null);
  const autosave = useAutosave(async (patch: Partial<Editable>) => {
    const result = await api['opportunities.update']({ id: opportunity.id, ...patch });
    if (result.ok) onChanged(result.value);
    return result;
  });

  useEffect(() => {
    let live = true;
    void api['interviews.listForOpportunity']({ opportunityId: opportunity.id }).then((result) => {
      if (!live) return;
      if (result.ok) setInterviews(result.value);
      else setLoadError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [opportunity.id]);

  // The sidebar shows interview counts, so the opportunity is re-read after interviews change.
  async function refreshOpportunity() {
    const result = await api['opportunities.get']({ id: opportunity.id });
    if (result.ok) onChanged(result.value);
  }

  function edit<K extends keyof Editable>(key: K, value: Editable[K]) {
    const next = { ...draft, [key]: value };
    setDraft(next);
    autosave.schedule({ company: next.company, role: next.role, location: next.location, notes: next.notes, status: next.status });
  }

  async function deleteOpportunity() {
    const result = await api['opportunities.delete']({ id: opportunity.id });
    setConfirm(null);
    if (result.ok) onDeleted(opportunity.id);
    else setLoadError(result.error.message);
  }

  async function deleteInterview(interview: Interview) {
    const result = await api['interviews.delete']({ id: interview.id });
    setConfirm(null);
    if (result.ok) {
      setInterviews((list) => list.filter((i) => i.id !== interview.id));
      void refreshOpportunity();
    } else setLoadError(result.error.message);
  }

  const fieldError = (name: string) => (autosave.state.kind === 'error' && autosave.state.field === name ? autosave.state.message : undefined);

  return (
    <section className="detail" aria-label={`${opportunity.company} — ${opportunity.role}`}>
      <header className="detail-header">
        <h2>
          {draft.company || 'Untitled company'} <span className="muted">— {draft.role}</span>
        </h2>
        <SaveStatus state={autosave.state} />
      </header>

      <div className="panel">
        <div className="row">
          <Field label="Company" value={draft.company} onChange={(e) => edit('company', e.target.value)} onBlur={() => void autosave.flush()} error={fieldError('company')} maxLength={200} />
          <Field label="Role" value={draft.role} onChange={(e) => edit('role', e.target.value)} onBlur={() => void autosave.flush()} error={fieldError('role')} maxLength={200} />
        </div>
        <div className="row">
          <Field label="Location" value={draft.location} onChange={(e) => edit('location', e.target.value)} onBlur={() => void autosave.flush()} maxLength={200} />
          <div className="field">
            <label htmlFor="opportunity-status">Status</label>
            <select id="opportunity-status" value={draft.status} onChange={(e) => edit('status', e.target.value as Editable['status'])}>
              <option value="active">Active</option>
              <option value="offer">Offer</option>
              <option value="rejected">Rejected</option>
              <option value="withdrawn">Withdrawn</option>
              <option value="closed">Closed</option>
            </select>
          </div>
        </div>
        <TextAreaField label="Notes" value={draft.notes} onChange={(e) => edit('notes', e.target.value)} onBlur={() => void autosave.flush()} rows={3} maxLength={20000} />
      </div>

      <section aria-labelledby="interviews-title">
        <div className="section-header">
          <h3 id="interviews-title">Interviews</h3>
          {!adding ? (
            <button ref={newInterviewButton} type="button" className="primary" onClick={() => setAdding(true)}>
              New interview
            </button>
          ) : null}
        </div>
        {loadError ? <p role="alert" className="form-error">{loadError}</p> : null}
        {adding ? (
          <InterviewForm
            opportunityId={opportunity.id}
            onSaved={(i) => {
              setInterviews((list) => [...list, i].sort((a, b) => (a.date + (a.startTime ?? '')).localeCompare(b.date + (b.startTime ?? ''))));
              setAdding(false);
              void refreshOpportunity();
            }}
            onCancel={() => setAdding(false)}
          />
        ) : null}
        {interviews.length === 0 && !adding ? <p className="empty">No interviews yet. Add one with “New interview”.</p> : null}
        <ul className="interviews" aria-label="Interviews">
          {interviews.map((i) =>
            editing === i.id ? (
              <li key={i.id}>
                <InterviewForm
                  opportunityId={opportunity.id}
                  interview={i}
                  onSaved={(saved) => {
                    setInterviews((list) => list.map((x) => (x.id === saved.id ? saved : x)));
                    setEditing(null);
                    void refreshOpportunity();
                  }}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={i.id} className="interview">
                <div>
                  <strong>{formatCalendarDate(i.date)}</strong>
                  {i.startTime ? <span className="muted"> {i.startTime}{i.endTime ? `–${i.endTime}` : ''}</span> : null}
                  {i.title ? <div>{i.title}</div> : null}
                  {i.location ? <div className="muted">{i.location}</div> : null}
                </div>
                <div className="actions">
                  {onOpenInterview ? (
                    <button type="button" className="primary" onClick={() => onOpenInterview(i)} aria-label={`Open interview on ${formatCalendarDate(i.date)}`}>
                      Open
                    </button>
                  ) : null}
                  <button type="button" onClick={() => setEditing(i.id)} aria-label={`Edit interview on ${formatCalendarDate(i.date)}`}>
                    Edit
                  </button>
                  <button type="button" onClick={() => setConfirm({ kind: 'interview', interview: i })} aria-label={`Delete interview on ${formatCalendarDate(i.date)}`}>
                    Delete
                  </button>
                </div>
              </li>
            ),
          )}
        </ul>
      </section>

      <footer className="detail-footer">
        <button type="button" className="danger-quiet" onClick={() => setConfirm({ kind: 'opportunity' })}>
          Delete opportunity
        </button>
      </footer>

      {confirm?.kind === 'opportunity' ? (
        <ConfirmDialog
          title="Delete this opportunity?"
          message={`${opportunity.company} — ${opportunity.role} and its ${interviews.length} interview(s) will be deleted. This cannot be undone.`}
          confirmLabel="Delete"
          onConfirm={() => void deleteOpportunity()}
          onCancel={() => setConfirm(null)}
        />
      ) : null}
      {confirm?.kind === 'interview' ? (
        <ConfirmDialog
          title="Delete this interview?"
          message={`The interview on ${formatCalendarDate(confirm.interview.date)} will be deleted. This cannot be undone.`}
          confirmLabel="Delete"
          onConfirm={() => void deleteInterview(confirm.interview)}
          onCancel={() => setConfirm(null)}
        />
      ) : null}
    </section>
  );
}
