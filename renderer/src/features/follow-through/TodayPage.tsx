import { useState } from 'react';
import { Link } from 'react-router';
import type { TodayItem } from '../../../../shared/api/follow-through/schemas';
import { api } from '../../api';
import { paths } from '../../app/paths';
import { FormError } from '../../components/FormError';
import { formatCalendarDate } from '../../format-date';
import { formatDeadline } from './format-deadline';
import { doneLabel } from './PlanPanel';
import { useInvalidatePlans, useToday } from './queries';
import { SnoozeControl } from './SnoozeControl';
import './follow-through.css';

const GROUPS: Array<{ timing: TodayItem['timing']; title: string }> = [
  { timing: 'overdue', title: 'Overdue' },
  { timing: 'due-today', title: 'Due today' },
  { timing: 'open', title: 'Can be done now' },
];

/** Where a step is done: the emails and letters at the person who still waits for one, the review at the review. */
function placeOf(item: TodayItem): string {
  if (item.key === 'thank-you-email') return paths.nextNote(item.opportunityId, item.interviewId, 'email');
  if (item.key === 'mail-letters') return paths.nextNote(item.opportunityId, item.interviewId, 'letter');
  return paths.followThrough(item.opportunityId, item.interviewId, item.key === 'review' ? 'review' : 'plan');
}

/** Everything due or overdue across every opportunity, with one-click actions. */
export function TodayPage() {
  const today = useToday();
  const invalidate = useInvalidatePlans();
  const [failed, setError] = useState<string | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const items = today.data ?? null;

  async function exportAll() {
    const r = await api['plan.exportCalendar']({});
    if (!r.ok) setError(r.error.message);
    else if (r.value.saved) setExported(`Saved ${r.value.events} events to ${r.value.path}`);
  }

  async function mark(item: TodayItem, action: 'done' | 'skipped' | 'snoozed', until?: string) {
    const r = await api['plan.markStep']({
      interviewId: item.interviewId,
      key: item.key,
      action,
      // The day chosen beside Snooze, which starts at the user's tomorrow as the core counts it.
      ...(action === 'snoozed' && until ? { until } : {}),
    });
    setError(r.ok ? null : r.error.message);
    await invalidate();
  }

  return (
    <section className="ft-today" aria-labelledby="today-title">
      <div className="ft-panel-head">
        <h2 id="today-title" tabIndex={-1}>
          Today
        </h2>
        <div className="actions">
          {exported ? (
            <span className="muted" role="status">
              {exported}
            </span>
          ) : null}
          <button type="button" onClick={() => void exportAll()}>
            Export all to calendar (.ics)
          </button>
        </div>
      </div>
      <FormError error={failed ?? today.error} />
      {items && items.length === 0 ? <p className="empty">Nothing is due. Steps appear here as interviews happen.</p> : null}
      {GROUPS.map(({ timing, title }) => {
        const group = (items ?? []).filter((i) => i.timing === timing);
        if (group.length === 0) return null;
        return (
          <section key={timing} aria-label={title} className="panel">
            <h3 className={`ft-group-${timing}`}>
              {title} <span className="muted">({group.length})</span>
            </h3>
            <ul className="ft-today-list">
              {group.map((item) => (
                <li key={`${item.interviewId}-${item.key}`} className="ft-today-item" aria-label={`${item.title} — ${item.company}`}>
                  <div>
                    <strong>{item.title}</strong>{' '}
                    <span className="muted">
                      · {item.company} — {item.role}
                    </span>
                    <div className="muted">
                      Interview {formatCalendarDate(item.interviewDate)} · due {formatCalendarDate(item.dueOn)}
                      {item.dueAt ? ` ${formatDeadline(item.dueAt, item.dueAtEmployerTime, item.dueOn)}` : ''}
                      {timing === 'overdue' ? ' · overdue' : ''}
                    </div>
                  </div>
                  <div className="actions">
                    <button type="button" className="primary" onClick={() => void mark(item, 'done')}>
                      {doneLabel(item)}
                    </button>
                    <button type="button" onClick={() => void mark(item, 'skipped')}>
                      Skip
                    </button>
                    <SnoozeControl today={item.today} stepTitle={`${item.title} — ${item.company}`} onSnooze={(until) => void mark(item, 'snoozed', until)} />
                    {item.key === 'mail-letters' ? (
                      <Link to={paths.print()} className="button-link">
                        Print queue
                      </Link>
                    ) : null}
                    <Link to={placeOf(item)} className="button-link">
                      Open
                    </Link>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
