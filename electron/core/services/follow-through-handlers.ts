import fs from 'node:fs';
import type { Handlers } from '../../../shared/api/contract';
import type { FollowThroughSettings, InterviewPlan, Review, TodayItem, TrackedStep } from '../../../shared/api/follow-through-schemas';
import { followThroughMethodNames } from '../../../shared/api/follow-through-method-names';
import type { MethodName } from '../../../shared/api/method-names';
import type { Interview } from '../../../shared/api/opportunity-schemas';
import { countOverTime, gatherPrep, type LearningInput } from '../../../shared/follow-up/learning';
import { isKnownRegion } from '../../../shared/follow-up/business-days';
import { mailtoUrl } from '../../../shared/notes/mail-message';
import { computePlan, stepTiming } from '../../../shared/follow-up/plan';
import { buildPlanCalendar, planExport, type CalendarEntry } from '../calendar/plan-calendar';
import type { Clock } from '../clock';
import { InvalidInputError } from '../core-errors';
import { handOffAddress } from '../hand-off-address';
import type { Logger } from '../logger';
import type { DialogPort, ExternalOpener } from '../os-ports';
import type { Repositories } from '../repositories';
import { OPEN_STEP } from '../repositories/plan-state-repository';
import type { NoteProgress } from './note-progress';
import { userToday } from './user-today';

type FollowThroughMethod = Extract<MethodName, (typeof followThroughMethodNames)[number]>;

export type FollowThroughRepositories = Pick<
  Repositories,
  'opportunities' | 'interviews' | 'planState' | 'reviews' | 'calendarExports' | 'drafts' | 'participants'
>;

export interface FollowThroughPorts {
  dialogs: DialogPort;
  openExternal: ExternalOpener;
  clock: Clock;
  /** What the note studio knows: how many interviewers, and whose notes are sent or mailed. */
  noteProgress: (interviewId: string) => NoteProgress;
  logger: Logger;
}

/**
 * A step the user can still act on, with no decision of theirs that says otherwise: open or
 * snoozed (a snooze only postpones), and not reopened by hand after being done.
 */
function mayAutoComplete(step: TrackedStep): boolean {
  return (step.status === 'open' || step.status === 'snoozed') && !step.log.some((entry) => entry.action === 'reopened');
}

function autoDone(step: TrackedStep): TrackedStep {
  return { ...step, status: 'done', snoozedUntil: null };
}

/**
 * The email and letter steps follow the notes: once every interviewer's note is marked sent
 * (or mailed) the step counts as done, unless the user already decided about it themselves.
 */
function withNoteProgress(step: TrackedStep, progress: NoteProgress): TrackedStep {
  if (progress.interviewers === 0) return step;
  const counts =
    step.key === 'thank-you-email'
      ? { done: progress.emailsSent, what: 'emails marked sent' }
      : step.key === 'mail-letters'
        ? { done: progress.lettersMailed, what: 'letters marked mailed' }
        : null;
  if (!counts) return step;
  const detail = `${step.detail} ${counts.done} of ${progress.interviewers} ${counts.what}.`;
  const allDone = counts.done >= progress.interviewers && mayAutoComplete(step);
  return allDone ? autoDone({ ...step, detail }) : { ...step, detail };
}

/** A later round is on the calendar: this round's follow-up gives way to the next one's plan. */
function withLaterRound(step: TrackedStep, later: Interview | null): TrackedStep {
  if (step.key !== 'follow-up' || !later || !mayAutoComplete(step)) return step;
  return { ...step, status: 'skipped', snoozedUntil: null, detail: `Superseded: the next interview, on ${later.date}, has its own follow-up.` };
}

/** Interviews in the order they happen: date, start time, then id for a stable tie-break. */
function interviewOrder(a: Interview, b: Interview): number {
  return a.date.localeCompare(b.date) || (a.startTime ?? '').localeCompare(b.startTime ?? '') || a.id.localeCompare(b.id);
}

/** A review with something written in it completes "Review the interview". */
function withReview(step: TrackedStep, review: Review): TrackedStep {
  if (step.key !== 'review' || !mayAutoComplete(step)) return step;
  const texts = [review.wentWell, review.wentBadly, review.doDifferently, review.rapportNote, review.goodPlaceNote];
  const written =
    texts.some((t) => t.trim() !== '') ||
    review.rapport !== '' ||
    review.goodPlace !== '' ||
    review.questions.some((q) => `${q.question}${q.answer}${q.betterAnswer}`.trim() !== '');
  return written ? autoDone(step) : step;
}

export function followThroughHandlers(repos: FollowThroughRepositories, ports: FollowThroughPorts): Pick<Handlers, FollowThroughMethod> {
  const { opportunities, interviews, planState, reviews, calendarExports, drafts, participants } = repos;
  const { dialogs, openExternal, clock, noteProgress, logger } = ports;
  const today = userToday(clock, planState);

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
    const later = interviews.listForOpportunity(interview.opportunityId).filter((other) => interviewOrder(other, interview) > 0).sort(interviewOrder)[0] ?? null;
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
    return { interviewId: interview.id, opportunityId: interview.opportunityId, interviewTimeZone, settings, context, steps, guardRails: plan.guardRails, callPrep: plan.callPrep, today: day };
  }

  function* everyInterview(): Generator<{ interview: Interview; company: string; role: string; active: boolean }> {
    for (const o of opportunities.list()) {
      for (const interview of interviews.listForOpportunity(o.id)) yield { interview, company: o.company, role: o.role, active: o.status === 'active' };
    }
  }

  /**
   * Interviews that still have something to plan, with their plan: closed opportunities and
   * decided interviews are left out, and one interview that cannot be planned is logged and
   * skipped, so it never hides everything else.
   */
  function* plannedInterviews(purpose: string): Generator<{ interview: Interview; company: string; role: string; outcome: string; plan: InterviewPlan }> {
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
  }

  function learningInput(): LearningInput {
    const all = [...everyInterview()].map(({ interview, company, role }) => ({ id: interview.id, company, role, date: interview.date }));
    return { interviews: all, reviews: reviews.allReviews(), outcomes: reviews.allOutcomes(), feedback: reviews.allFeedback() };
  }

  /**
   * The address a drafted note goes to: the person's confirmed address, or a guessed one only
   * when the user has seen the warning (the note studio's rule), and always a valid address.
   */
  function recipientAddress(interviewId: string, personId: string, acknowledgeGuessedAddress: boolean): string {
    const person = participants.find(interviewId, personId)?.person;
    if (!person) throw new InvalidInputError('personId', 'Choose someone who was at this interview.');
    return handOffAddress(person, acknowledgeGuessedAddress);
  }

  const TIMING_ORDER = { overdue: 0, 'due-today': 1, open: 2, upcoming: 3 } as const;

  return {
    'followThrough.settings': () => planState.settings(),
    'followThrough.updateSettings': (patch) => {
      const before = planState.settings();
      const next: FollowThroughSettings = {
        timeZone: patch.timeZone ?? before.timeZone,
        country: patch.country ?? before.country,
        // A region belongs to one country: changing the country without naming a region clears it.
        region: patch.region ?? (patch.country !== undefined && patch.country !== before.country ? '' : before.region),
      };
      if (!isKnownRegion(next.country, next.region)) {
        throw new InvalidInputError('region', `Region must be a region code of ${next.country || 'your country'}, such as ENG or SCT for GB`);
      }
      return planState.replaceSettings(next);
    },
    'plan.forInterview': ({ interviewId }) => planFor(interviews.get(interviewId)),
    'plan.updateContext': (patch) => {
      opportunities.get(patch.opportunityId);
      return planState.updateContext(patch);
    },
    'plan.setInterviewTimeZone': ({ interviewId, timeZone }) => {
      const interview = interviews.get(interviewId);
      planState.setInterviewZone(interviewId, timeZone);
      return planFor(interview);
    },
    'plan.userToday': () => today(),
    'plan.today': () => {
      const day = today();
      const items: TodayItem[] = [];
      for (const { interview, company, role, outcome, plan } of plannedInterviews('plan.today')) {
        for (const step of plan.steps) {
          if (outcome === 'no-answer' && step.key !== 'follow-up') continue;
          if (!step.actionable || step.status === 'done' || step.status === 'skipped') continue;
          if (step.timing === 'upcoming') continue;
          items.push({ ...step, interviewId: interview.id, opportunityId: interview.opportunityId, company, role, interviewDate: interview.date, today: day });
        }
      }
      return items.sort((a, b) => TIMING_ORDER[a.timing] - TIMING_ORDER[b.timing] || a.dueOn.localeCompare(b.dueOn) || a.company.localeCompare(b.company));
    },
    'plan.markStep': (input) => {
      const interview = interviews.get(input.interviewId);
      const day = today();
      if (input.key === 'letters-arrive') throw new InvalidInputError('key', 'The letters arriving is only a date to know; there is nothing to mark');
      if (input.action === 'snoozed' && input.until !== undefined && input.until <= day) {
        throw new InvalidInputError('until', `The day the step comes back must be after today (${day})`);
      }
      planState.mark(input, day);
      return planFor(interview);
    },
    'plan.saveStepNote': ({ interviewId, key, note }) => {
      const interview = interviews.get(interviewId);
      planState.saveNote(interviewId, key, note);
      return planFor(interview);
    },
    'plan.exportCalendar': async ({ opportunityId }) => {
      const scope = opportunityId ?? null;
      if (scope) opportunities.get(scope);
      const entries: CalendarEntry[] = [];
      const day = today();
      // As in Today: closed opportunities and decided interviews have nothing left to plan;
      // their events, if exported before, go out as cancelled.
      for (const { interview, company, role, plan } of plannedInterviews('plan.exportCalendar')) {
        if (scope && interview.opportunityId !== scope) continue;
        for (const step of plan.steps) entries.push({ interviewId: interview.id, opportunityId: interview.opportunityId, company, role, step, today: day });
      }
      const name = scope ? `${opportunities.get(scope).company} follow-through` : 'Afterword follow-through';
      const file = await dialogs.showSaveDialog({
        title: 'Export to calendar',
        defaultPath: `${name.replace(/[\\/:*?"<>|]+/g, '-')}.ics`,
        filters: [{ name: 'Calendar', extensions: ['ics'] }],
      });
      if (!file) return { saved: false as const };
      const records = planExport(entries, calendarExports.all(), planState.settings().timeZone, scope);
      const now = clock.now();
      fs.writeFileSync(file, buildPlanCalendar(records, now), 'utf8');
      calendarExports.save(records, now.toISOString());
      return { saved: true as const, path: file, events: records.length };
    },
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
      return drafts.save(input);
    },
    'followThrough.openDraftInMailApp': async ({ acknowledgeGuessedAddress, ...draft }) => {
      interviews.get(draft.interviewId);
      const to = draft.personId ? recipientAddress(draft.interviewId, draft.personId, acknowledgeGuessedAddress) : '';
      const url = mailtoUrl({ to, subject: draft.subject, body: draft.body });
      await openExternal(url);
      return { url, draft: drafts.recordSend(draft, to) };
    },
    'learning.prep': ({ interviewId }) => gatherPrep(learningInput(), interviewId ?? null),
    'learning.stats': () => countOverTime(learningInput()),
  };
}
