import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { InterviewPlan, TrackedStep } from '../../../../shared/api/follow-through/schemas';
import type { Interview, Opportunity } from '../../../../shared/api/opportunities/schemas';
import type { Result } from '../../../../shared/result';
import { api } from '../../api';
import { FormError } from '../../components/FormError';
import { formatCalendarDate } from '../../format-date';
import { formatDeadline } from './format-deadline';
import { planKeys, useInvalidatePlans, usePlan } from './queries';
import { FollowThroughDraft } from './FollowThroughDraft';
import { TimeZoneField } from './TimeZoneField';
import { CallPrepNote } from './CallPrepNote';
import { SnoozeControl } from './SnoozeControl';
import './follow-through.css';

const TIMING_TEXT: Record<TrackedStep['timing'], string> = {
  upcoming: 'Not yet',
  open: 'Can be done now',
  'due-today': 'Due today',
  overdue: 'Overdue',
};

export function stepStateText(step: TrackedStep): string {
  if (step.status === 'done') return 'Done';
  if (step.status === 'skipped') return 'Skipped';
  if (step.status === 'snoozed' && step.snoozedUntil && step.timing === 'upcoming') return `Snoozed until ${formatCalendarDate(step.snoozedUntil)}`;
  return TIMING_TEXT[step.timing];
}

export function doneLabel(step: Pick<TrackedStep, 'key'>): string {
  return step.key === 'thank-you-email' ? 'Mark sent' : step.key === 'mail-letters' ? 'Mark mailed' : 'Mark done';
}

/** The plan's steps for one interview, each done, skipped or snoozed with one click. */
export function PlanPanel({ interview, opportunity }: { interview: Interview; opportunity: Pick<Opportunity, 'company' | 'role'> }) {
  const query = usePlan(interview.id);
  const plan = query.data ?? null;
  const client = useQueryClient();
  const invalidate = useInvalidatePlans();
  const [failed, setError] = useState<string | null>(null);
  const error = failed ?? (query.error ? query.error.message : null);
  const [exported, setExported] = useState<string | null>(null);
  const setPlan = (p: InterviewPlan) => client.setQueryData(planKeys.forInterview(interview.id), p);

  /** The plan the core answered with is shown at once; Today and the overviews read theirs again. */
  async function apply(promise: Promise<Result<InterviewPlan>>) {
    const r = await promise;
    if (r.ok) {
      setPlan(r.value);
      setError(null);
      void invalidate();
    } else setError(r.error.message);
  }

  function mark(step: TrackedStep, action: 'done' | 'skipped' | 'snoozed' | 'reopened', until?: string) {
    if (!plan) return;
    void apply(api['plan.markStep']({ interviewId: interview.id, key: step.key, action, ...(action === 'snoozed' && until ? { until } : {}) }));
  }

  async function exportCalendar() {
    const r = await api['plan.exportCalendar']({ opportunityId: interview.opportunityId });
    if (!r.ok) setError(r.error.message);
    else if (r.value.saved) setExported(`Saved ${r.value.events} events to ${r.value.path}`);
  }

  if (!plan) return error ? <FormError error={error} /> : <p className="muted">Working out the plan…</p>;

  return (
    <div className="ft-plan">
      <FormError error={error} />
      <ol className="ft-steps" aria-label="Plan">
        {plan.steps.map((step) => (
          <li key={step.key} className={`ft-step ft-${step.status} ft-${step.timing}`}>
            <div className="ft-step-head">
              <strong>{step.title}</strong>
              <span className={`ft-badge ft-badge-${step.status === 'open' || step.status === 'snoozed' ? step.timing : step.status}`}>
                {stepStateText(step)}
              </span>
            </div>
            <div className="muted">
              {step.key === 'letters-arrive'
                ? `${formatCalendarDate(step.dueOn)} – ${formatCalendarDate(step.lastDay)}`
                : step.key === 'follow-up'
                  ? `Not before ${formatCalendarDate(step.opensOn)} · by ${formatCalendarDate(step.dueOn)}`
                  : `${formatCalendarDate(step.dueOn)}${step.dueAt ? ` ${formatDeadline(step.dueAt, step.dueAtEmployerTime, step.dueOn)}` : ''}`}
            </div>
            <p className="ft-detail">{step.detail}</p>
            {step.key === 'follow-up' && plan.callPrep ? (
              <div className="ft-callprep">
                <p className="hint">
                  Call prep: {plan.callPrep.prompts.join(' ')} Ask: {plan.callPrep.questions.join(' ')}
                </p>
                <CallPrepNote interviewId={interview.id} initial={step.note} />
              </div>
            ) : null}
            {step.key === 'follow-up' && step.action === 'note' && step.status === 'open' && step.timing !== 'upcoming' ? (
              <FollowThroughDraft
                interview={interview}
                opportunity={opportunity}
                stage="follow-up"
                title="Follow-up note"
                hint="Brief and cordial, with one idea you did not mention in the interview."
                bodyLabel="Follow-up note"
              />
            ) : null}
            {step.actionable ? (
              <div className="actions ft-step-actions">
                {step.status === 'open' || step.status === 'snoozed' ? (
                  <>
                    <button type="button" className="primary" onClick={() => mark(step, 'done')}>
                      {doneLabel(step)}
                    </button>
                    <button type="button" onClick={() => mark(step, 'skipped')}>
                      Skip
                    </button>
                    <SnoozeControl today={plan.today} stepTitle={step.title} onSnooze={(until) => mark(step, 'snoozed', until)} />
                  </>
                ) : (
                  <button type="button" onClick={() => mark(step, 'reopened')}>
                    Reopen
                  </button>
                )}
              </div>
            ) : null}
            {step.log.length > 0 ? (
              <ul className="ft-log" aria-label={`${step.title} log`}>
                {step.log.map((entry, n) => (
                  <li key={n} className="muted">
                    {entry.action} {new Date(entry.at).toLocaleString()}
                    {entry.detail ? ` — ${entry.detail}` : ''}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      {plan.guardRails.length > 0 ? (
        <div className="ft-guard" role="note" aria-label="Guard rails">
          {plan.guardRails.map((g) => (
            <p key={g}>{g}</p>
          ))}
        </div>
      ) : null}
      <PlanContext plan={plan} interview={interview} onPlan={setPlan} onError={setError} />
      <div className="actions">
        {exported ? (
          <span className="muted" role="status">
            {exported}
          </span>
        ) : null}
        <button type="button" onClick={() => void exportCalendar()}>
          Export to calendar (.ics)
        </button>
      </div>
    </div>
  );
}

function PlanContext({
  plan,
  interview,
  onPlan,
  onError,
}: {
  plan: InterviewPlan;
  interview: Interview;
  onPlan(p: InterviewPlan): void;
  onError(m: string | null): void;
}) {
  const invalidate = useInvalidatePlans();
  const reload = () => invalidate();
  const report = (r: { ok: boolean; error?: { message: string } }) => onError(r.ok ? null : (r.error?.message ?? null));

  return (
    <details className="ft-context">
      <summary>What the plan is based on</summary>
      <div className="row">
        <div className="field">
          <label htmlFor={`ft-large-${interview.id}`}>
            <input
              id={`ft-large-${interview.id}`}
              type="checkbox"
              checked={plan.context.largeCompany}
              onChange={async (e) => {
                const largeCompany = e.target.checked;
                // Shown at once; the reload puts it back if the save failed.
                onPlan({ ...plan, context: { ...plan.context, largeCompany } });
                report(await api['plan.updateContext']({ opportunityId: interview.opportunityId, largeCompany }));
                await reload();
              }}
            />{' '}
            Large company with many candidates
          </label>
        </div>
        <div className="field">
          <label htmlFor={`ft-decision-${interview.id}`}>Decision date they gave</label>
          <input
            id={`ft-decision-${interview.id}`}
            type="date"
            defaultValue={plan.context.decisionDate ?? ''}
            onBlur={async (e) => {
              report(await api['plan.updateContext']({ opportunityId: interview.opportunityId, decisionDate: e.target.value || null }));
              await reload();
            }}
          />
        </div>
      </div>
      <div className="row">
        <TimeZoneField
          label="Interview time zone"
          value={plan.interviewTimeZone ?? ''}
          placeholder={`Same as yours (${plan.settings.timeZone})`}
          onSave={async (zone) => {
            const r = await api['plan.setInterviewTimeZone']({ interviewId: interview.id, timeZone: zone || null });
            report(r);
            if (r.ok) onPlan(r.value);
          }}
        />
      </div>
      <p className="hint">
        Your clock: {plan.settings.timeZone}; holidays of {plan.settings.country || 'no country (weekends only)'}
        {plan.settings.region ? ` (${plan.settings.region})` : ''}. Change them in Settings.
      </p>
    </details>
  );
}
