import { useCallback, useEffect, useState } from 'react';
import type { TodayItem } from '../../../shared/api/follow-through/schemas';
import type { Interview } from '../../../shared/api/opportunities/schemas';
import { api } from '../api';
import { formatCalendarDate } from '../format-date';
import { formatDeadline, requestFollowThroughFocus } from '../follow-through-focus';
import { doneLabel } from './PlanPanel';
import { SnoozeControl } from './SnoozeControl';
import './follow-through.css';

const GROUPS: Array<{ timing: TodayItem['timing']; title: string }> = [
  { timing: 'overdue', title: 'Overdue' },
  { timing: 'due-today', title: 'Due today' },
  { timing: 'open', title: 'Can be done now' },
];

interface TodayPageProps {
  /** Opens the interview's page at its follow-through. */
  onOpen(opportunityId: string, interview: Interview): void;
  /** Letters are printed from the print queue, when the app has one. */
  onOpenPrintQueue?(): void;
}

/** Everything due or overdue across every opportunity, with one-click actions. */
export function TodayPage({ onOpen, onOpenPrintQueue }: TodayPageProps) {
  const [items, setItems] = useState<TodayItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exported, setExported] = useState<string | null>(null);

  const load = useCallback(async () => {
    const r = await api['plan.today']({});
    if (r.ok) setItems(r.value);
    else setError(r.error.message);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

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
    if (!r.ok) setError(r.error.message);
    await load();
  }

  async function open(item: TodayItem) {
    const r = await api['interviews.listForOpportunity']({ opportunityId: item.opportunityId });
    const interview = r.ok ? r.value.find((i) => i.id === item.interviewId) : undefined;
    if (!interview) return setError(r.ok ? 'That interview no longer exists.' : r.error.message);
    requestFollowThroughFocus(item.interviewId, item.key === 'review' ? 'review' : item.key === 'thank-you-email' ? 'notes' : 'plan');
    onOpen(item.opportunityId, interview);
  }

  return (
    <section className="ft-today" aria-labelledby="today-title">
      <div className="ft-panel-head">
        <h2 id="today-title">Today</h2>
        <div className="actions">
          {exported ? <span className="muted" role="status">{exported}</span> : null}
          <button type="button" onClick={() => void exportAll()}>
            Export all to calendar (.ics)
          </button>
        </div>
      </div>
      {error ? <p role="alert" className="form-error">{error}</p> : null}
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
                    <strong>{item.title}</strong> <span className="muted">· {item.company} — {item.role}</span>
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
                    <button type="button" onClick={() => void mark(item, 'skipped')}>Skip</button>
                    <SnoozeControl today={item.today} stepTitle={`${item.title} — ${item.company}`} onSnooze={(until) => void mark(item, 'snoozed', until)} />
                    {item.key === 'mail-letters' && onOpenPrintQueue ? (
                      <button type="button" onClick={onOpenPrintQueue}>Print queue</button>
                    ) : null}
                    <button type="button" onClick={() => void open(item)}>Open</button>
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
