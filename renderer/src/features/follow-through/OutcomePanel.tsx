import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Feedback, Outcome, OutcomeKind } from '../../../../shared/api/follow-through/schemas';
import { feedbackReasonLabels, type FeedbackReason } from '../../../../shared/follow-through/feedback-reasons';
import type { Interview, Opportunity } from '../../../../shared/api/opportunities/schemas';
import { api, ask } from '../../api';
import { Field, TextAreaField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { formatCalendarDate } from '../../format-date';
import { followThroughKeys, useInvalidatePlans } from './queries';
import { FollowThroughDraft } from './FollowThroughDraft';
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
}

type Stored = { outcome: Outcome; feedback: Feedback[] };

/** How the interview ended, and on a rejection: ask for feedback and keep it. */
export function OutcomePanel({ interview, opportunity }: OutcomePanelProps) {
  const client = useQueryClient();
  const key = followThroughKeys.outcome(interview.id);
  const loaded = useQuery({ queryKey: key, queryFn: () => ask('outcome.get', { interviewId: interview.id }) });
  // The opportunity's status, the plan and the overview follow offers, rejections and withdrawals.
  const invalidate = useInvalidatePlans();
  const [failed, setError] = useState<string | null>(null);
  const error = failed ?? (loaded.error ? loaded.error.message : null);
  const outcome = loaded.data?.outcome ?? null;
  const feedback = loaded.data?.feedback ?? [];
  const update = (change: (s: Stored) => Stored) => client.setQueryData<Stored>(key, (s) => (s ? change(s) : s));
  const setOutcome = (o: Outcome) => update((s) => ({ ...s, outcome: o }));
  const setFeedback = (change: (list: Feedback[]) => Feedback[]) => update((s) => ({ ...s, feedback: change(s.feedback) }));

  async function choose(kind: OutcomeKind) {
    if (!outcome) return;
    const before = outcome;
    // Shown at once; put back if the save fails.
    setOutcome({ ...outcome, kind });
    const r = await api['outcome.set']({ interviewId: interview.id, kind, decidedOn: outcome.decidedOn });
    if (r.ok) {
      setOutcome(r.value);
      void invalidate();
    } else {
      setOutcome(before);
      setError(r.error.message);
    }
  }

  if (!outcome) return error ? <FormError error={error} /> : <p className="muted">Loading…</p>;

  return (
    <div className="ft-outcome" aria-label="Outcome" role="group">
      <FormError error={error} />
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
          <FollowThroughDraft
            interview={interview}
            opportunity={opportunity}
            stage="feedback"
            title="Ask for feedback"
            hint="Ask the hiring manager or the recruiter what weighed on the decision, so you can address it head-on next time."
            bodyLabel="Feedback request"
          />
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
      <FormError error={error} />
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
        <button type="submit" className="primary">
          Save feedback
        </button>
      </div>
    </form>
  );
}
