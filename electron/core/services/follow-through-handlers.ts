import fs from 'node:fs';
import { z } from 'zod';
import type { Handlers } from '../../../shared/api/contract';
import type { FollowThroughSettings, InterviewPlan, Review, TodayItem, TrackedStep } from '../../../shared/api/follow-through-schemas';
import { followThroughMethodNames } from '../../../shared/api/follow-through-method-names';
import type { MethodName } from '../../../shared/api/method-names';
import type { Interview } from '../../../shared/api/opportunity-schemas';
import { countOverTime, gatherPrep, type LearningInput } from '../../../shared/follow-up/learning';
import { isKnownCountry, isKnownRegion, usualRegion } from '../../../shared/follow-up/business-days';
import { mailtoUrl } from '../../../shared/notes/mail-message';
import { computePlan, stepTiming } from '../../../shared/follow-up/plan';
import { isKnownTimeZone } from '../../../shared/follow-up/time-zones';
import { buildPlanCalendar, planExport, type CalendarEntry } from '../calendar/plan-calendar';
import type { Clock } from '../clock';
import { InvalidInputError } from '../core-errors';
import type { Db } from '../db/open-database';
import type { Logger } from '../logger';
import type { DialogPort, ExternalOpener } from '../os-ports';
import type { InterviewRepository } from '../repositories/interview-repository';
import type { OpportunityRepository } from '../repositories/opportunity-repository';
import { createCalendarExportRepository, type CalendarExportRepository } from '../repositories/calendar-export-repository';
import { createDraftRepository, type DraftRepository } from '../repositories/draft-repository';
import { createNoteRepository } from '../repositories/note-repository';
import { createParticipantRepository } from '../repositories/participant-repository';
import { createPeopleRepository } from '../repositories/people-repository';
import { createPlanStateRepository, OPEN_STEP, type PlanStateRepository } from '../repositories/plan-state-repository';
import { createReviewRepository, type ReviewRepository } from '../repositories/review-repository';
import { dayInZone, systemTimeZone } from './user-today';

const emailAddress = z.email({ pattern: z.regexes.unicodeEmail });

type FollowThroughMethod = Extract<MethodName, (typeof followThroughMethodNames)[number]>;

export interface FollowThroughDeps {
  opportunities: OpportunityRepository;
  interviews: InterviewRepository;
  planState: PlanStateRepository;
  reviews: ReviewRepository;
  calendarExports: CalendarExportRepository;
  drafts: DraftRepository;
  /** Who was at an interview and their address, for drafted notes. */
  recipients: RecipientLookup;
  dialogs: DialogPort;
  openExternal: ExternalOpener;
  clock: Clock;
  /** What the note studio knows: how many interviewers, and whose notes are sent or mailed. */
  noteProgress?: (interviewId: string) => NoteProgress;
  logger?: Logger;
}

export interface NoteProgress {
  interviewers: number;
  emailsSent: number;
  lettersMailed: number;
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
function withNoteProgress(step: TrackedStep, progress: NoteProgress | null): TrackedStep {
  if (!progress || progress.interviewers === 0) return step;
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

export function followThroughHandlers(deps: FollowThroughDeps): Pick<Handlers, FollowThroughMethod> {
  const { opportunities, interviews, planState, reviews, calendarExports, drafts, recipients, dialogs, openExternal, clock, noteProgress, logger } = deps;

  function today(): string {
    return dayInZone(clock.now(), planState.settings().timeZone);
  }

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
    const progress = noteProgress ? noteProgress(interview.id) : null;
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
        logger?.error(`${purpose}: no plan for interview ${interview.id}`, error);
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
    const person = recipients.get(interviewId, personId);
    if (!person) throw new InvalidInputError('personId', 'Choose someone who was at this interview.');
    const email = person.email.trim();
    if (email === '' || person.email_status === 'none') {
      throw new InvalidInputError('email', `There is no email address for ${person.full_name}. Add it on their card first.`);
    }
    if (!emailAddress.safeParse(email).success) {
      throw new InvalidInputError('email', `${email} is not an email address. Correct it on ${person.full_name}'s card.`);
    }
    if (person.email_status === 'guessed' && !acknowledgeGuessedAddress) {
      throw new InvalidInputError('acknowledgeGuessedAddress', `${email} is a guessed address for ${person.full_name}, not a confirmed one.`);
    }
    return email;
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

export interface Recipient {
  full_name: string;
  email: string;
  email_status: 'none' | 'confirmed' | 'guessed';
}

export interface RecipientLookup {
  get(interviewId: string, personId: string): Recipient | undefined;
}

/** A person at the interview, with their address and whether it is confirmed. */
export function recipientLookup(db: Db): RecipientLookup {
  const query = db.prepare<[string, string], Recipient>(
    `SELECT p.full_name, p.email, p.email_status FROM people p
     JOIN interview_participants ip ON ip.person_id = p.id
     WHERE ip.interview_id = ? AND p.id = ? AND ip.removed_at IS NULL AND p.deleted_at IS NULL`,
  );
  return { get: (interviewId, personId) => query.get(interviewId, personId) };
}

/** Counts from the interviewers' and the note studio's own repositories. */
function noteProgressFrom(db: Db, clock: Clock): (interviewId: string) => NoteProgress {
  const notes = createNoteRepository(db, clock);
  const participants = createParticipantRepository(db, clock, createPeopleRepository(db, clock));
  return (interviewId) => {
    const present = new Set(participants.listForInterview(interviewId).map((p) => p.person.id));
    const mine = notes.listForInterview(interviewId).filter((n) => present.has(n.personId));
    return {
      interviewers: present.size,
      emailsSent: mine.filter((n) => n.kind === 'email' && n.status === 'sent').length,
      lettersMailed: mine.filter((n) => n.kind === 'letter' && n.status === 'mailed').length,
    };
  };
}

/** The user's zone and the country of the system locale, until the user says otherwise. */
export function systemFollowThroughDefaults(locale: string): FollowThroughSettings {
  const timeZone = systemTimeZone();
  let country: string;
  try {
    country = new Intl.Locale(locale).maximize().region ?? '';
  } catch {
    country = '';
  }
  const known = isKnownCountry(country) ? country : '';
  return { timeZone: isKnownTimeZone(timeZone) ? timeZone : 'UTC', country: known, region: usualRegion(known) };
}

/**
 * Builds follow-through's repositories on the open database and returns its handlers (one
 * line in core.ts). Statements are prepared on the first call, so opening the core costs nothing.
 */
export function wireFollowThrough(
  db: Db,
  deps: {
    opportunities: OpportunityRepository;
    interviews: InterviewRepository;
    dialogs: DialogPort;
    openExternal: ExternalOpener;
    clock: Clock;
    locale: string;
    logger?: Logger;
    /** The sender's country from Settings, the better guess until the user sets theirs here. */
    senderCountry?: () => string;
  },
): Pick<Handlers, FollowThroughMethod> {
  let built: Pick<Handlers, FollowThroughMethod> | null = null;
  let system: FollowThroughSettings | null = null;
  const real = () =>
    (built ??= followThroughHandlers({
      ...deps,
      planState: createPlanStateRepository(db, deps.clock, () => {
        system ??= systemFollowThroughDefaults(deps.locale);
        const sender = deps.senderCountry?.() ?? '';
        return sender && isKnownCountry(sender) && sender !== system.country ? { ...system, country: sender, region: usualRegion(sender) } : system;
      }),
      reviews: createReviewRepository(db, deps.clock),
      calendarExports: createCalendarExportRepository(db),
      drafts: createDraftRepository(db, deps.clock),
      recipients: recipientLookup(db),
      noteProgress: noteProgressFrom(db, deps.clock),
    }));
  const lazy: Partial<Record<FollowThroughMethod, (input: never) => unknown>> = {};
  for (const method of followThroughMethodNames) {
    lazy[method] = (input: never) => (real()[method] as (input: never) => unknown)(input);
  }
  return lazy as Pick<Handlers, FollowThroughMethod>;
}
