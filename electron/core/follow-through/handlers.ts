import type { Handlers } from '../../../shared/api/contract';
import type { FollowThroughMethod } from '../../../shared/api/follow-through/methods';
import { countOverTime, gatherPrep } from '../../../shared/follow-through/learning';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { DialogPort, ExternalOpener } from '../os-ports';
import type { Repositories } from '../repositories';
import { userToday } from '../user-today';
import { exportCalendar } from './calendar-export';
import { openDraftInMailApp } from './draft-hand-off';
import { learningInput } from './learning-input';
import { planCache } from './plan-cache';
import { updateFollowThroughSettings } from './settings';
import { markFolded, markStep } from './step-marks';

export type FollowThroughRepositories = Pick<
  Repositories,
  | 'transaction'
  | 'opportunities'
  | 'interviews'
  | 'planState'
  | 'planCache'
  | 'planInputs'
  | 'reviews'
  | 'calendarExports'
  | 'drafts'
  | 'participants'
  | 'references'
>;

export interface FollowThroughPorts {
  dialogs: DialogPort;
  openExternal: ExternalOpener;
  clock: Clock;
  logger: Logger;
  /** Part of what kept plans were computed on: a new version computes them again. */
  appVersion: string;
}

/** After the interview: the plan and Today, the calendar, the review, the outcome and feedback, drafted notes, and what past interviews teach. */
export function followThroughHandlers(repos: FollowThroughRepositories, ports: FollowThroughPorts): Pick<Handlers, FollowThroughMethod> {
  const { transaction, opportunities, interviews, planState, reviews, drafts } = repos;
  const { dialogs, openExternal, clock } = ports;
  const today = userToday(clock, planState);
  const p = planCache(repos, { ...ports, today });
  return {
    'followThrough.settings': () => planState.settings(),
    'followThrough.updateSettings': (patch) => updateFollowThroughSettings(planState, patch),
    'plan.forInterview': ({ interviewId }) => p.planFor(interviewId),
    'plan.updateContext': (patch) => {
      opportunities.get(patch.opportunityId);
      return planState.updateContext(patch);
    },
    'plan.setInterviewTimeZone': ({ interviewId, timeZone }) => {
      interviews.get(interviewId);
      planState.setInterviewZone(interviewId, timeZone);
      return p.planFor(interviewId);
    },
    'plan.userToday': () => today(),
    'plan.today': ({ part, offset, limit }) => p.today(offset, limit, part ?? null),
    'plan.markFolded': transaction(({ opportunityId, action }) => {
      opportunities.get(opportunityId);
      return markFolded(planState, p.foldedSteps(opportunityId), action, today());
    }),
    'plan.markStep': (input) => {
      interviews.get(input.interviewId);
      markStep(planState, input, today());
      return p.planFor(input.interviewId);
    },
    'plan.saveStepNote': ({ interviewId, key, note }) => {
      interviews.get(interviewId);
      planState.saveNote(interviewId, key, note);
      return p.planFor(interviewId);
    },
    'plan.exportCalendar': ({ opportunityId }) => exportCalendar(repos, { dialogs, clock, plans: p, today: today() }, opportunityId ?? null),
    'review.get': ({ interviewId }) => reviews.review(interviewId),
    'review.save': (input) => reviews.saveReview(input),
    'outcome.get': ({ interviewId }) => ({ outcome: reviews.outcome(interviewId), feedback: reviews.feedback(interviewId) }),
    // The opportunity's status stays the user's to set: an outcome is one interview's, and the
    // opportunity page autosaves its own copy of the status.
    'outcome.set': (input) => reviews.setOutcome(input),
    'feedback.add': (input) => reviews.addFeedback(input),
    'feedback.delete': ({ id }) => reviews.deleteFeedback(id),
    'drafts.get': ({ interviewId, stage }) => {
      interviews.get(interviewId);
      return drafts.get(interviewId, stage);
    },
    'drafts.save': (input) => {
      interviews.get(input.interviewId);
      if (input.personId !== null) repos.references.person(input.personId);
      return drafts.save(input);
    },
    'followThrough.openDraftInMailApp': (input) => openDraftInMailApp(repos, openExternal, input),
    'learning.prep': ({ interviewId }) => gatherPrep(learningInput(repos), interviewId ?? null),
    'learning.stats': () => countOverTime(learningInput(repos)),
  };
}
