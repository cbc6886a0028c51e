import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Interview, Opportunity } from '../../../shared/api/opportunities/schemas';
import { takeFollowThroughFocus, type FollowThroughTab } from '../follow-through-focus';
import { api } from '../api';
import { OutcomePanel } from './OutcomePanel';
import { PlanPanel } from './PlanPanel';
import { PrepView } from './PrepView';
import { ReviewPanel } from './ReviewPanel';
import './follow-through.css';

const TABS: Array<{ tab: FollowThroughTab; label: string }> = [
  { tab: 'plan', label: 'Plan' },
  { tab: 'review', label: 'Review' },
  { tab: 'outcome', label: 'Outcome' },
  { tab: 'prep', label: 'Prep' },
];

interface FollowThroughProps {
  interview: Interview;
  opportunity: Pick<Opportunity, 'company' | 'role'>;
  onStatusChanged?(): void;
  /**
   * The tab open at first; none when left out (a compact row of tabs). 'auto' opens the prep
   * view before the interview and the plan after it.
   */
  initialTab?: FollowThroughTab | 'auto';
}

/** One interview's follow-through: the plan, the review, the outcome and the prep view, as tabs. */
export function FollowThrough({ interview, opportunity, onStatusChanged, initialTab }: FollowThroughProps) {
  const [focus] = useState(() => takeFollowThroughFocus(interview.id));
  const [tab, setTab] = useState<FollowThroughTab | null>(() =>
    focus && focus !== 'notes' ? focus : initialTab === 'auto' ? null : (initialTab ?? null),
  );
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focus === 'notes' || initialTab !== 'auto' || tab !== null) return;
    let live = true;
    // 'auto' compares with the user's day as the core counts it (their zone in Settings).
    void api['plan.userToday']({}).then((r) => {
      if (live && r.ok) setTab((current) => current ?? (interview.date > r.value ? 'prep' : 'plan'));
    });
    return () => {
      live = false;
    };
    // Once per interview shown.
  }, [interview.id]);
  useEffect(() => {
    // Only when opened from Today, on mount.
    if (focus === 'notes') {
      // The emails are written in the note studio that shares the interview page with this panel.
      const studio = ref.current?.parentElement?.querySelector<HTMLElement>('.note-studio');
      studio?.scrollIntoView({ block: 'start' });
      studio?.querySelector<HTMLElement>('textarea, input')?.focus({ preventScroll: true });
    } else if (tab) ref.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  // The usual keys of a row of tabs: one Tab stop, arrows (and Home/End) move between them.
  function moveBetweenTabs(event: KeyboardEvent<HTMLDivElement>) {
    const at = TABS.findIndex((t) => t.tab === tab);
    const next =
      event.key === 'ArrowRight' ? (at + 1) % TABS.length
      : event.key === 'ArrowLeft' ? (Math.max(at, 0) - 1 + TABS.length) % TABS.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? TABS.length - 1
      : null;
    if (next === null) return;
    event.preventDefault();
    setTab(TABS[next]!.tab);
    event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  }

  return (
    <section className="ft" ref={ref} aria-labelledby={`ft-title-${interview.id}`}>
      <h3 id={`ft-title-${interview.id}`}>Follow-through</h3>
      <div role="tablist" aria-label={`Follow-through for the interview on ${interview.date}`} className="ft-tabs" onKeyDown={moveBetweenTabs}>
        {TABS.map((t, i) => (
          <button
            key={t.tab}
            type="button"
            role="tab"
            aria-selected={tab === t.tab}
            tabIndex={tab === t.tab || (tab === null && i === 0) ? 0 : -1}
            className="ft-tab"
            onClick={() => setTab(tab === t.tab ? null : t.tab)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tab ? (
        <div role="tabpanel" className="ft-tabpanel" aria-label={TABS.find((t) => t.tab === tab)?.label}>
          {tab === 'plan' ? <PlanPanel interview={interview} opportunity={opportunity} /> : null}
          {tab === 'review' ? <ReviewPanel interviewId={interview.id} /> : null}
          {tab === 'outcome' ? <OutcomePanel interview={interview} opportunity={opportunity} {...(onStatusChanged ? { onStatusChanged } : {})} /> : null}
          {tab === 'prep' ? <PrepView interviewId={interview.id} /> : null}
        </div>
      ) : null}
    </section>
  );
}
