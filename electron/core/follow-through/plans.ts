import type { InterviewPlan, TrackedStep } from '../../../shared/api/follow-through/schemas';
import type { Interview } from '../../../shared/api/opportunities/schemas';
import type { LearningInput } from '../../../shared/follow-through/learning';
import { computePlan, stepTiming } from '../../../shared/follow-through/plan';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { Repositories } from '../repositories';
import { OPEN_STEP } from '../repositories/plan-state-repository';
import type { NoteProgress } from './note-progress';
import { interviewOrder, withLaterRound, withNoteProgress, withReview } from './step-progress';

export type PlanRepositories = Pick<Repositories, 'opportunities' | 'interviews' | 'planState' | 'reviews'>;

export interface PlanPorts {
  clock: Clock;
  logger: Logger;
  /** The user's today (YYYY-MM-DD) in their own zone. */
  today: () => string;
  /** What the note studio knows: how many interviewers, and whose notes are sent or mailed. */
  noteProgress: (interviewId: string) => NoteProgress;
}

export interface PlannedInterview {
  interview: Interview;
  company: string;
  role: string;
  outcome: string;
  plan: InterviewPlan;
}

/** Each interview's plan: the steps computed from its day and the user's, with what the user and the notes have done since. */
export function plans(repos: PlanRepositories, ports: PlanPorts) {
  const { opportunities, interviews, planState, reviews } = repos;
  const { clock, logger, today, noteProgress } = ports;

  function planFor(interview: Interview): InterviewPlan {
    const settings = planState.settings();
    const context = planState.context(interview.opportunityId);
    const interviewTimeZone = planState.interviewZone(interview.id);
    const plan = computePlan({
      interview: { date: interview.date, startTime: interview.startTime, endTime: interview.endTime, timeZone: interviewTimeZone },
      user: { timeZone: settings.timeZone, country: settings.country, ...(settings.region ? { region: settings.region } : {}) },
      employer: { largeCompany: context.largeCompany, decisionDate: context.decisionDate },
      earlierFollowUps: planState.earlierFollowUps(interview.id),
    });
    const states = planState.steps(interview.id);
    const day = today();
    const progress = noteProgress(interview.id);
    const review = reviews.review(interview.id);
    const later =
      interviews
        .listForOpportunity(interview.opportunityId)
        .filter((other) => interviewOrder(other, interview) > 0)
        .sort(interviewOrder)[0] ?? null;
    const steps: TrackedStep[] = plan.steps.map((step) => {
      const state = states.get(step.key) ?? { ...OPEN_STEP, log: [] };
      const snoozed = state.status === 'snoozed' && state.snoozedUntil !== null && state.snoozedUntil > day;
      const tracked = withNoteProgress(
        {
          ...step,
          status: state.status,
          snoozedUntil: state.snoozedUntil,
          note: state.note,
          log: state.log,
          timing: snoozed ? 'upcoming' : stepTiming(step, day, clock.now()),
        },
        progress,
      );
      return withLaterRound(withReview(tracked, review), later);
    });
    return {
      interviewId: interview.id,
      opportunityId: interview.opportunityId,
      interviewTimeZone,
      settings,
      context,
      steps,
      guardRails: plan.guardRails,
      callPrep: plan.callPrep,
      today: day,
    };
  }

  function* everyInterview(): Generator<{ interview: Interview; company: string; role: string; active: boolean }> {
    for (const o of opportunities.list()) {
      for (const interview of interviews.listForOpportunity(o.id)) yield { interview, company: o.company, role: o.role, active: o.status === 'active' };
    }
  }

  return {
    planFor,
    /**
     * Interviews that still have something to plan, with their plan: closed opportunities and
     * decided interviews are left out, and one interview that cannot be planned is logged and
     * skipped, so it never hides everything else.
     */
    *plannedInterviews(purpose: string): Generator<PlannedInterview> {
      for (const { interview, company, role, active } of everyInterview()) {
        const outcome = reviews.outcome(interview.id).kind;
        // "No answer" is exactly when the follow-up is needed; other outcomes end the follow-through.
        if (!active || (outcome !== 'pending' && outcome !== 'no-answer')) continue;
        try {
          yield { interview, company, role, outcome, plan: planFor(interview) };
        } catch (error) {
          logger.error(`${purpose}: no plan for interview ${interview.id}`, error);
        }
      }
    },
    /** Every interview with its review, outcome and feedback: what past interviews teach. */
    learningInput(): LearningInput {
      const all = [...everyInterview()].map(({ interview, company, role }) => ({ id: interview.id, company, role, date: interview.date }));
      return { interviews: all, reviews: reviews.allReviews(), outcomes: reviews.allOutcomes(), feedback: reviews.allFeedback() };
    },
  };
}

export type Plans = ReturnType<typeof plans>;
