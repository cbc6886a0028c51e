import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { FoldedLine, TodayItem, TodayPart } from '../../../../shared/api/follow-through/schemas';
import { api } from '../../api';
import { paths } from '../../app/paths';
import { FormError } from '../../components/FormError';
import { VirtualList } from '../../components/VirtualList';
import { formatCalendarDate } from '../../format-date';
import { formatDeadline } from './format-deadline';
import { doneLabel } from './PlanPanel';
import { useInvalidatePlans, useTodayPart } from './queries';
import { SnoozeControl } from './SnoozeControl';
import './follow-through.css';

type Timing = Exclude<TodayItem['timing'], 'upcoming'>;

const GROUPS: Array<{ timing: Timing; title: string; count: 'overdue' | 'dueToday' | 'open' }> = [
  { timing: 'overdue', title: 'Overdue', count: 'overdue' },
  { timing: 'due-today', title: 'Due today', count: 'dueToday' },
  { timing: 'open', title: 'Can be done now', count: 'open' },
];

/** Where a step is done: the emails and letters at the person who still waits for one, the review at the review. */
function placeOf(item: TodayItem): string {
  if (item.key === 'thank-you-email') return paths.nextNote(item.opportunityId, item.interviewId, 'email');
  if (item.key === 'mail-letters') return paths.nextNote(item.opportunityId, item.interviewId, 'letter');
  return paths.followThrough(item.opportunityId, item.interviewId, item.key === 'review' ? 'review' : 'plan');
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One part of Today: its loaded rows, how many there are in all, and the way to the next page. */
function usePart(part: TodayPart) {
  const query = useTodayPart(part);
  const pages = query.data?.pages;
  const rows = useMemo(() => ({ items: (pages ?? []).flatMap((p) => p.items), folded: (pages ?? []).flatMap((p) => p.folded) }), [pages]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const more = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  return { ...rows, first: pages?.[0] ?? null, error: query.error, more };
}

/**
 * What matters now, across every opportunity: overdue and due today in full, then what can
 * be done now, then — folded into one line per opportunity, with "Mark all done" and
 * "Skip all" — the overdue steps of interviews long past. Each part comes a page at a time
 * and draws only the rows in view, so a year of searching opens as fast as a week.
 */
export function TodayPage() {
  const parts = { overdue: usePart('overdue'), 'due-today': usePart('due-today'), open: usePart('open') } as const;
  const longPast = usePart('folded');
  const invalidate = useInvalidatePlans();
  const [failed, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const first = parts.overdue.first ?? parts['due-today'].first ?? parts.open.first ?? longPast.first;
  const error = parts.overdue.error ?? parts['due-today'].error ?? parts.open.error ?? longPast.error;

  async function exportAll() {
    const r = await api['plan.exportCalendar']({});
    if (!r.ok) setError(r.error.message);
    else if (r.value.saved) setNotice(`Saved ${r.value.events} events to ${r.value.path}`);
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

  async function markAll(line: FoldedLine, action: 'done' | 'skipped') {
    const r = await api['plan.markFolded']({ opportunityId: line.opportunityId, action });
    setError(r.ok ? null : r.error.message);
    if (r.ok) setNotice(`${line.company}: ${plural(r.value.marked, 'step')} marked ${action === 'done' ? 'done' : 'skipped'}.`);
    await invalidate();
  }

  // Every part answers with the counts of all of them; the freshest to arrive is as good as any.
  const counts = first?.counts;
  const nothing = counts && counts.overdue + counts.dueToday + counts.open + counts.folded === 0;
  return (
    <section className="ft-today" aria-labelledby="today-title">
      <div className="ft-panel-head">
        <h2 id="today-title" tabIndex={-1}>
          Today
        </h2>
        <div className="actions">
          {notice ? (
            <span className="muted" role="status">
              {notice}
            </span>
          ) : null}
          <button type="button" onClick={() => void exportAll()}>
            Export all to calendar (.ics)
          </button>
        </div>
      </div>
      <FormError error={failed ?? error} />
      {nothing ? <p className="empty">Nothing is due. Steps appear here as interviews happen.</p> : null}
      {GROUPS.map(({ timing, title, count }) => {
        const { items, first: own, more } = parts[timing];
        const total = own?.counts[count] ?? 0;
        if (total === 0) return null;
        return (
          <section key={timing} aria-label={title} className="panel">
            <h3 className={`ft-group-${timing}`}>
              {title} <span className="muted">({total})</span>
            </h3>
            <VirtualList
              items={items}
              total={total}
              getKey={(item) => `${item.interviewId}-${item.key}`}
              estimateSize={64}
              onEndReached={more}
              className="ft-today-list"
            >
              {(item, row) => (
                <li key={`${item.interviewId}-${item.key}`} {...row} className="ft-today-item" aria-label={`${item.title} — ${item.company}`}>
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
              )}
            </VirtualList>
          </section>
        );
      })}
      {longPast.first && longPast.first.counts.folded > 0 ? (
        <section aria-label="Long past" className="panel">
          <h3>
            Long past <span className="muted">({longPast.first.counts.folded})</span>
          </h3>
          <p className="muted ft-folded-hint">
            Overdue steps of interviews before {formatCalendarDate(longPast.first.foldedBefore)}, one line per opportunity (
            {plural(longPast.first.counts.foldedSteps, 'step')} in all).
          </p>
          <VirtualList
            items={longPast.folded}
            total={longPast.first.counts.folded}
            getKey={(line) => line.opportunityId}
            estimateSize={56}
            onEndReached={longPast.more}
            className="ft-today-list"
          >
            {(line, row) => (
              <li
                key={line.opportunityId}
                {...row}
                className="ft-today-item"
                aria-label={`${line.company} — ${line.role}: ${plural(line.steps, 'overdue step')}`}
              >
                <div>
                  <strong>{line.company}</strong> <span className="muted">— {line.role}</span>
                  <div className="muted">
                    {plural(line.steps, 'overdue step')} from {plural(line.interviews, 'interview')}, the latest on {formatCalendarDate(line.lastInterviewDate)}{' '}
                    · overdue since {formatCalendarDate(line.overdueSince)}
                  </div>
                </div>
                <div className="actions">
                  <button type="button" className="primary" onClick={() => void markAll(line, 'done')}>
                    Mark all done
                  </button>
                  <button type="button" onClick={() => void markAll(line, 'skipped')}>
                    Skip all
                  </button>
                  <Link to={paths.opportunity(line.opportunityId)} className="button-link">
                    Open
                  </Link>
                </div>
              </li>
            )}
          </VirtualList>
        </section>
      ) : null}
    </section>
  );
}
