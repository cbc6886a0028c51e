import { useEffect, useState } from 'react';
import type { Feedback, Outcome, OutcomeKind } from '../../../shared/api/follow-through-schemas';
import { feedbackReasonLabels, type FeedbackReason } from '../../../shared/follow-up/feedback-reasons';
import type { Interview, Opportunity } from '../../../shared/api/opportunity-schemas';
import type { InterviewParticipant } from '../../../shared/api/people-schemas';
import { builtInTemplates, fillTemplate, spokenDate } from '../../../shared/notes/note-templates';
import { api } from '../api';
import { Field, TextAreaField } from '../components/Field';
import { formatCalendarDate } from '../format-date';
import './follow-through.css';

const KINDS: Array<{ kind: OutcomeKind; label: string }> = [
  { kind: 'pending', label: 'Waiting' },
  { kind: 'offer', label: 'Offer' },
  { kind: 'rejection', label: 'Rejection' },
  { kind: 'withdrawn', label: 'Withdrawn' },
  { kind: 'no-answer', label: 'No answer' },
];

const REASONS = Object.keys(feedbackReasonLabels) as FeedbackReason[];

interface OutcomePanelProps {
  interview: Interview;
  opportunity: Pick<Opportunity, 'company' | 'role'>;
  /** The opportunity's status follows offers, rejections and withdrawals. */
  onStatusChanged?(): void;
}

/** How the interview ended, and on a rejection: ask for feedback and keep it. */
export function OutcomePanel({ interview, opportunity, onStatusChanged }: OutcomePanelProps) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [feedback, setFeedback] = useState<Feedback[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api['outcome.get']({ interviewId: interview.id }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setOutcome(r.value.outcome);
        setFeedback(r.value.feedback);
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [interview.id]);

  async function choose(kind: OutcomeKind) {
    const r = await api['outcome.set']({ interviewId: interview.id, kind, decidedOn: outcome?.decidedOn ?? null });
    if (r.ok) {
      setOutcome(r.value);
      onStatusChanged?.();
    } else setError(r.error.message);
  }

  if (!outcome) return error ? <p role="alert" className="form-error">{error}</p> : <p className="muted">Loading…</p>;

  return (
    <div className="ft-outcome" aria-label="Outcome" role="group">
      {error ? <p role="alert" className="form-error">{error}</p> : null}
      <fieldset className="ft-fieldset">
        <legend>Outcome</legend>
        <div className="ft-choices">
          {KINDS.map(({ kind, label }) => (
            <label key={kind} className="ft-choice">
              <input type="radio" name={`outcome-${interview.id}`} checked={outcome.kind === kind} onChange={() => void choose(kind)} /> {label}
            </label>
          ))}
        </div>
      </fieldset>
      {outcome.kind === 'rejection' ? (
        <>
          <FeedbackRequest interview={interview} opportunity={opportunity} />
          <FeedbackForm interviewId={interview.id} onAdded={(f) => setFeedback((list) => [...list, f])} />
        </>
      ) : null}
      {feedback.length > 0 ? (
        <section aria-label="Feedback received">
          <h4>Feedback received</h4>
          <ul className="ft-feedback-list">
            {feedback.map((f) => (
              <li key={f.id} className="ft-feedback">
                <div>
                  <strong>{f.reasons.map((r) => feedbackReasonLabels[r]).join(', ')}</strong>
                  {f.source ? <span className="muted"> · from {f.source}</span> : null}
                  {f.receivedOn ? <span className="muted"> · {formatCalendarDate(f.receivedOn)}</span> : null}
                  {f.concern ? <p>{f.concern}</p> : null}
                </div>
                <button
                  type="button"
                  className="danger-quiet"
                  onClick={async () => {
                    const r = await api['feedback.delete']({ id: f.id });
                    if (r.ok) setFeedback((list) => list.filter((x) => x.id !== f.id));
                    else setError(r.error.message);
                  }}
                >
                  Delete feedback
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** The note studio's feedback-request template, filled for the hiring manager or recruiter. */
function FeedbackRequest({ interview, opportunity }: { interview: Interview; opportunity: Pick<Opportunity, 'company' | 'role'> }) {
  const [people, setPeople] = useState<InterviewParticipant[]>([]);
  const [yourName, setYourName] = useState('');
  const [to, setTo] = useState<string>('');
  const [mailError, setMailError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api['participants.list']({ interviewId: interview.id }).then((r) => {
      if (!live || !r.ok) return;
      // The hiring manager or the recruiter is who to ask; anyone else only when neither was there.
      const ranked = [...r.value].sort((a, b) => rank(a) - rank(b));
      setPeople(ranked);
      setTo(ranked[0]?.person.id ?? '');
    });
    void api['settings.get']({}).then((r) => {
      if (live && r.ok) setYourName(r.value.yourName);
    });
    return () => {
      live = false;
    };
  }, [interview.id]);

  const template = builtInTemplates.find((t) => t.stage === 'feedback');
  if (!template) return null;
  const person = people.find((p) => p.person.id === to)?.person;
  const values = {
    firstName: person?.givenName || person?.fullName.split(' ')[0] || '',
    fullName: person?.fullName ?? '',
    company: opportunity.company,
    role: opportunity.role,
    interviewDate: spokenDate(interview.date),
    yourName,
  };
  const subject = fillTemplate(template.subject, values);
  const body = fillTemplate(template.body, values);

  return (
    <section className="ft-request" aria-label="Ask for feedback">
      <h4>Ask for feedback</h4>
      <p className="hint">Ask the hiring manager or the recruiter what weighed on the decision, so you can address it head-on next time.</p>
      {people.length > 0 ? (
        <div className="field">
          <label htmlFor={`feedback-to-${interview.id}`}>Ask</label>
          <select id={`feedback-to-${interview.id}`} value={to} onChange={(e) => setTo(e.target.value)}>
            {people.map((p) => (
              <option key={p.person.id} value={p.person.id}>
                {p.person.fullName}
                {p.roles.length > 0 ? ` (${p.roles.join(', ')})` : ''}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <Field label="Subject" value={subject} readOnly />
      <TextAreaField label="Feedback request" value={body} readOnly rows={8} />
      {mailError ? <p role="alert" className="form-error">{mailError}</p> : null}
      <div className="actions">
        <button type="button" onClick={() => void navigator.clipboard?.writeText(`${subject}\n\n${body}`)}>
          Copy feedback request
        </button>
        <button
          type="button"
          className="primary"
          onClick={async () => {
            const r = await api['feedback.openRequestInMailApp']({ to: person?.email ?? '', subject, body });
            setMailError(r.ok ? null : r.error.message);
          }}
        >
          Open in mail app
        </button>
      </div>
    </section>
  );
}

function rank(p: InterviewParticipant): number {
  if (p.roles.includes('hiring-manager')) return 0;
  if (p.roles.includes('recruiter')) return 1;
  return 2;
}

function FeedbackForm({ interviewId, onAdded }: { interviewId: string; onAdded(f: Feedback): void }) {
  const [source, setSource] = useState('');
  const [reasons, setReasons] = useState<FeedbackReason[]>([]);
  const [concern, setConcern] = useState('');
  const [receivedOn, setReceivedOn] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function save() {
    const r = await api['feedback.add']({ interviewId, source, reasons, concern, receivedOn: receivedOn || null });
    if (!r.ok) return setError(r.error.message);
    onAdded(r.value);
    setSource('');
    setReasons([]);
    setConcern('');
    setReceivedOn('');
    setError(null);
  }

  return (
    <form className="ft-feedback-form panel inset" aria-label="Record feedback" onSubmit={(e) => (e.preventDefault(), void save())}>
      <h4>Record feedback</h4>
      {error ? <p role="alert" className="form-error">{error}</p> : null}
      <div className="row">
        <Field label="From" value={source} onChange={(e) => setSource(e.target.value)} placeholder="The recruiter, the hiring manager" maxLength={200} />
        <Field label="Received on" type="date" value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} />
      </div>
      <fieldset className="ft-fieldset">
        <legend>Reasons</legend>
        <div className="ft-choices">
          {REASONS.map((reason) => (
            <label key={reason} className="ft-choice">
              <input
                type="checkbox"
                checked={reasons.includes(reason)}
                onChange={(e) => setReasons((list) => (e.target.checked ? [...list, reason] : list.filter((r) => r !== reason)))}
              />{' '}
              {feedbackReasonLabels[reason]}
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField label="The concern behind it" value={concern} onChange={(e) => setConcern(e.target.value)} rows={3} maxLength={10000} />
      <div className="actions">
        <button type="submit" className="primary">Save feedback</button>
      </div>
    </form>
  );
}
