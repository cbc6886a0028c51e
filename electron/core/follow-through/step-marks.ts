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
