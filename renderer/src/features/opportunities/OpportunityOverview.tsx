import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { OutcomeKind } from '../../../../shared/api/follow-through/schemas';
import type { Interview, Opportunity } from '../../../../shared/api/opportunities/schemas';
import type { InterviewSummary } from '../../../../shared/api/opportunities/overview-schemas';
import { paths } from '../../app/paths';
import { useAutosave } from '../../autosave/use-autosave';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field, SelectField, TextAreaField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { SaveStatus } from '../../components/SaveStatus';
import { useFocusOnClose } from '../../components/use-focus-on-close';
import { formatCalendarDate } from '../../format-date';
import { usePlan } from '../follow-through/queries';
import { NoteStateCell } from '../notes/NoteStateCell';
import { InterviewForm } from './InterviewForm';
import { useDeleteInterview, useDeleteOpportunity, useOpportunity, useOpportunityOverview, useOpportunityWriter } from './queries';

type Editable = Pick<Opportunity, 'company' | 'role' | 'location' | 'notes' | 'status'>;

const STATUS_OPTIONS: Array<{ value: Editable['status']; label: string }> = [
  { value: 'active', label: 'Active' },
  { value: 'offer', label: 'Offer' },
  { value: 'rejected', label: 'Rejected' },
  { value: 'withdrawn', label: 'Withdrawn' },
  { value: 'closed', label: 'Closed' },
];

const OUTCOME_WORD: Record<OutcomeKind, string> = {
  pending: 'Waiting',
  offer: 'Offer',
  rejection: 'Rejection',
  withdrawn: 'Withdrawn',
  'no-answer': 'No answer',
};
const ROLE_WORD = { interviewer: 'Interviewer', 'hiring-manager': 'Hiring manager', recruiter: 'Recruiter' } as const;

/** The address's opportunity, once it has loaded. */
export function OpportunityOverview() {
  const { opportunityId = '' } = useParams();
  const { data: opportunity, error } = useOpportunity(opportunityId);
  if (!opportunity) return error ? <FormError error={error} /> : <p className="muted">Loading…</p>;
  return <Overview key={opportunity.id} opportunity={opportunity} />;
}

/** One opportunity: its own fields (saved as typed), and every interview with who was met and how far the notes have got. */
function Overview({ opportunity }: { opportunity: Opportunity }) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Editable>(opportunity);
  const overview = useOpportunityOverview(opportunity.id);
  const [adding, setAdding] = useState(false);
  const newInterviewButton = useFocusOnClose<HTMLButtonElement>(adding);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<{ kind: 'opportunity' } | { kind: 'interview'; interview: Interview } | null>(null);
  const write = useOpportunityWriter();
  const autosave = useAutosave((patch: Editable) => write({ id: opportunity.id, ...patch }));
  const deleteOpportunity = useDeleteOpportunity();
  const deleteInterview = useDeleteInterview();
  const summaries = overview.data ?? [];

  function edit<K extends keyof Editable>(key: K, value: Editable[K]) {
    const next = { ...draft, [key]: value };
    setDraft(next);
    autosave.schedule({ company: next.company, role: next.role, location: next.location, notes: next.notes, status: next.status });
  }

  const flush = () => void autosave.flush();
  return (
    <section className="detail" aria-label={`${opportunity.company} — ${opportunity.role}`}>
      <header className="detail-header">
        <h2 tabIndex={-1}>
          {draft.company || 'Untitled company'} <span className="muted">— {draft.role}</span>
        </h2>
        <SaveStatus state={autosave.state} />
      </header>

      <div className="panel compact-fields">
        <div className="row">
          <Field
            label="Company"
            value={draft.company}
            onChange={(e) => edit('company', e.target.value)}
            onBlur={flush}
            error={autosave.errorFor('company')}
            maxLength={200}
          />
          <Field
            label="Role"
            value={draft.role}
            onChange={(e) => edit('role', e.target.value)}
            onBlur={flush}
            error={autosave.errorFor('role')}
            maxLength={200}
          />
          <Field label="Location" value={draft.location} onChange={(e) => edit('location', e.target.value)} onBlur={flush} maxLength={200} />
          <SelectField label="Status" value={draft.status} options={STATUS_OPTIONS} onChange={(status) => edit('status', status)} />
        </div>
        <TextAreaField label="Notes" value={draft.notes} onChange={(e) => edit('notes', e.target.value)} onBlur={flush} rows={2} maxLength={20000} />
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
        <FormError error={overview.error ?? deleteInterview.error ?? deleteOpportunity.error} />
        {adding ? <InterviewForm opportunityId={opportunity.id} onSaved={() => setAdding(false)} onCancel={() => setAdding(false)} /> : null}
        {overview.data && summaries.length === 0 && !adding ? <p className="empty">No interviews yet. Add one with “New interview”.</p> : null}
        <ul className="interviews" aria-label="Interviews">
          {summaries.map((s) =>
            editing === s.interview.id ? (
              <li key={s.interview.id}>
                <InterviewForm opportunityId={opportunity.id} interview={s.interview} onSaved={() => setEditing(null)} onCancel={() => setEditing(null)} />
              </li>
            ) : (
              <InterviewCard
                key={s.interview.id}
                summary={s}
                onOpen={() => void navigate(paths.interview(opportunity.id, s.interview.id))}
                onEdit={() => setEditing(s.interview.id)}
                onDelete={() => setConfirm({ kind: 'interview', interview: s.interview })}
              />
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
          message={`${opportunity.company} — ${opportunity.role} and its ${summaries.length} interview(s) will be deleted. This cannot be undone.`}
          confirmLabel="Delete"
          onConfirm={() => {
            setConfirm(null);
            deleteOpportunity.mutate(opportunity.id, { onSuccess: () => void navigate(paths.home(), { replace: true }) });
          }}
          onCancel={() => setConfirm(null)}
        />
      ) : null}
      {confirm?.kind === 'interview' ? (
        <ConfirmDialog
          title="Delete this interview?"
          message={`The interview on ${formatCalendarDate(confirm.interview.date)} will be deleted. This cannot be undone.`}
          confirmLabel="Delete"
          onConfirm={() => {
            deleteInterview.mutate(confirm.interview.id);
            setConfirm(null);
          }}
          onCancel={() => setConfirm(null)}
        />
      ) : null}
    </section>
  );
}

/** One interview in the overview: when, who was met and how far the notes to each have got, the outcome, what is due next. */
function InterviewCard({ summary, onOpen, onEdit, onDelete }: { summary: InterviewSummary; onOpen(): void; onEdit(): void; onDelete(): void }) {
  const { interview, people, outcome } = summary;
  const date = formatCalendarDate(interview.date);
  return (
    <li className="interview">
      <div className="interview-main">
        <div className="interview-when">
          <strong>{date}</strong>
          {interview.startTime ? (
            <span className="muted">
              {' '}
              {interview.startTime}
              {interview.endTime ? `–${interview.endTime}` : ''}
            </span>
          ) : null}
          {interview.title ? <span> · {interview.title}</span> : null}
          {interview.location ? <span className="muted"> · {interview.location}</span> : null}
        </div>
        {people.length === 0 ? (
          <p className="muted">Nobody added yet.</p>
        ) : (
          <table className="met-people">
            <caption className="sr-only">People met on {date}</caption>
            <thead>
              <tr>
                <th scope="col">Met</th>
                <th scope="col">Thank-you email</th>
                <th scope="col">Letter</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.personId}>
                  <th scope="row">
                    <Link to={paths.person(interview.opportunityId, interview.id, p.personId)}>{p.fullName}</Link>
                    <span className="muted">
                      {[p.title, ...p.roles.filter((r) => r !== 'interviewer').map((r) => ROLE_WORD[r])]
                        .filter(Boolean)
                        .map((t) => ` · ${t}`)
                        .join('')}
                    </span>
                  </th>
                  <NoteStateCell
                    to={paths.person(interview.opportunityId, interview.id, p.personId, 'email')}
                    what={`Thank-you email to ${p.fullName}`}
                    status={p.email}
                  />
                  <NoteStateCell
                    to={paths.person(interview.opportunityId, interview.id, p.personId, 'letter')}
                    what={`Letter to ${p.fullName}`}
                    status={p.letter}
                  />
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="interview-next">
          <span>Outcome: {outcome ? OUTCOME_WORD[outcome] : 'Waiting'}</span>
          <NextStep interview={interview} />
        </p>
      </div>
      <div className="actions interview-actions">
        <button type="button" className="primary" onClick={onOpen} aria-label={`Open interview on ${date}`}>
          Open
        </button>
        <button type="button" onClick={onEdit} aria-label={`Edit interview on ${date}`}>
          Edit
        </button>
        <button type="button" onClick={onDelete} aria-label={`Delete interview on ${date}`}>
          Delete
        </button>
      </div>
    </li>
  );
}

const TIMING_WORD = { upcoming: 'from', open: 'by', 'due-today': 'today,', overdue: 'overdue since' } as const;

/** The first step of the plan still to do, with its day: what this interview needs next. */
function NextStep({ interview }: { interview: Interview }) {
  const { data: plan } = usePlan(interview.id);
  if (!plan) return null;
  const next = plan.steps.find((s) => s.actionable && (s.status === 'open' || s.status === 'snoozed'));
  const text = next
    ? `${next.title} — ${TIMING_WORD[next.timing]} ${formatCalendarDate(next.timing === 'upcoming' ? next.opensOn : next.dueOn)}`
    : 'nothing left in the plan';
  return (
    <span>
      {' · '}Next: <Link to={paths.followThrough(interview.opportunityId, interview.id, 'plan')}>{text}</Link>
    </span>
  );
}
