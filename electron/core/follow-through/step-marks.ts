import type { ParsedInputOf } from '../../../shared/api/contract';
import { InvalidInputError } from '../core-errors';
import type { PlanStateRepository } from '../repositories/plan-state-repository';

/** Marks a step done, skipped, snoozed (until a day after today) or open again, and logs it. */
export function markStep(planState: PlanStateRepository, input: ParsedInputOf<'plan.markStep'>, today: string): void {
  if (input.key === 'letters-arrive') throw new InvalidInputError('key', 'The letters arriving is only a date to know; there is nothing to mark');
  if (input.action === 'snoozed' && input.until !== undefined && input.until <= today) {
    throw new InvalidInputError('until', `The day the step comes back must be after today (${today})`);
  }
  planState.mark(input, today);
}

/** "Skip all" or "Mark all done" on a folded line of Today: each step marked and logged as if one by one. */
export function markFolded(
  planState: PlanStateRepository,
  steps: ReadonlyArray<{ interviewId: string; key: ParsedInputOf<'plan.markStep'>['key'] }>,
  action: 'done' | 'skipped',
  today: string,
): { marked: number } {
  for (const { interviewId, key } of steps) planState.mark({ interviewId, key, action, detail: 'All at once, from a folded line of Today' }, today);
  return { marked: steps.length };
}
