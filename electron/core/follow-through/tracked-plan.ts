import type { FollowThroughSettings } from '../../../shared/api/follow-through/schemas';
import { computePlan, stepTiming, type StepTiming } from '../../../shared/follow-through/plan';
import type { CachedPlan, UntimedStep } from '../repositories/plan-cache-repository';
import type { PlanInputs } from '../repositories/plan-input-repository';
import { OPEN_STEP } from '../repositories/plan-state-repository';
import { interviewOrder, withLaterRound, withNoteProgress, withReview } from './step-progress';

/**
 * One interview's plan: the steps computed from its day and the user's, with what the user
 * and the notes have done since. Nothing here depends on the day it is looked at; timingOf
 * adds that when the plan is shown.
 */
export function trackPlan(inputs: PlanInputs, settings: FollowThroughSettings): CachedPlan {
  const { interview, rounds, context, progress, review } = inputs;
  // Only rounds before this one: a later round's follow-up says nothing about how often this one was chased.
  const earlier = new Set(rounds.filter((other) => other.id !== interview.id && interviewOrder(other, interview) < 0).map((r) => r.id));
  const plan = computePlan({
    interview: { date: interview.date, startTime: interview.startTime, endTime: interview.endTime, timeZone: inputs.interviewTimeZone },
    user: { timeZone: settings.timeZone, country: settings.country, ...(settings.region ? { region: settings.region } : {}) },
    employer: { largeCompany: context.largeCompany, decisionDate: context.decisionDate },
    earlierFollowUps: inputs.followUpsDone.filter((f) => earlier.has(f.interviewId)).map((f) => f.doneOn),
  });
  const later = rounds.filter((other) => interviewOrder(other, interview) > 0).sort(interviewOrder)[0] ?? null;
  const steps = plan.steps.map((step): UntimedStep => {
    const state = inputs.steps.get(step.key) ?? { ...OPEN_STEP, log: [] };
    const tracked = withNoteProgress({ ...step, status: state.status, snoozedUntil: state.snoozedUntil, note: state.note, log: state.log }, progress);
    return withLaterRound(withReview(tracked, review), later);
  });
  return { interviewTimeZone: inputs.interviewTimeZone, context, steps, guardRails: plan.guardRails, callPrep: plan.callPrep };
}

/** Where a kept step stands on the user's day: a snooze still running keeps it for later. */
export function timingOf(step: UntimedStep, day: string, now: Date): StepTiming {
  const snoozed = step.status === 'snoozed' && step.snoozedUntil !== null && step.snoozedUntil > day;
  return snoozed ? 'upcoming' : stepTiming(step, day, now);
}
