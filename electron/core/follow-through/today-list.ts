import type { TodayItem } from '../../../shared/api/follow-through/schemas';
import type { Plans } from './plans';

const TIMING_ORDER = { overdue: 0, 'due-today': 1, open: 2, upcoming: 3 } as const;

/** Today: every step that can be acted on now, across all interviews still in play, most pressing first. */
export function todayList(plans: Plans, day: string): TodayItem[] {
  const items: TodayItem[] = [];
  for (const { interview, company, role, outcome, plan } of plans.plannedInterviews('plan.today')) {
    for (const step of plan.steps) {
      if (outcome === 'no-answer' && step.key !== 'follow-up') continue;
      if (!step.actionable || step.status === 'done' || step.status === 'skipped') continue;
      if (step.timing === 'upcoming') continue;
      items.push({ ...step, interviewId: interview.id, opportunityId: interview.opportunityId, company, role, interviewDate: interview.date, today: day });
    }
  }
  return items.sort((a, b) => TIMING_ORDER[a.timing] - TIMING_ORDER[b.timing] || a.dueOn.localeCompare(b.dueOn) || a.company.localeCompare(b.company));
}
