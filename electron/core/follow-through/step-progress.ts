import type { Review } from '../../../shared/api/follow-through/schemas';
import type { UntimedStep } from '../repositories/plan-cache-repository';
import type { NoteProgress } from '../repositories/plan-input-repository';

/** An interview as far as its place among its opportunity's rounds goes. */
interface Round {
  id: string;
  date: string;
  startTime: string | null;
}

/**
 * A step the user can still act on, with no decision of theirs that says otherwise: open or
 * snoozed (a snooze only postpones), and not reopened by hand after being done.
 */
function mayAutoComplete(step: UntimedStep): boolean {
  return (step.status === 'open' || step.status === 'snoozed') && !step.log.some((entry) => entry.action === 'reopened');
}

function autoDone<T extends UntimedStep>(step: T): T {
  return { ...step, status: 'done', snoozedUntil: null };
}

/**
 * The email and letter steps follow the notes: once every interviewer's note is marked sent
 * (or mailed) the step counts as done, unless the user already decided about it themselves.
 */
export function withNoteProgress<T extends UntimedStep>(step: T, progress: NoteProgress): T {
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
export function withLaterRound<T extends UntimedStep>(step: T, later: Round | null): T {
  if (step.key !== 'follow-up' || !later || !mayAutoComplete(step)) return step;
  return { ...step, status: 'skipped', snoozedUntil: null, detail: `Superseded: the next interview, on ${later.date}, has its own follow-up.` };
}

/** Interviews in the order they happen: date, start time, then id for a stable tie-break. */
export function interviewOrder(a: Round, b: Round): number {
  return a.date.localeCompare(b.date) || (a.startTime ?? '').localeCompare(b.startTime ?? '') || a.id.localeCompare(b.id);
}

/** A review with something written in it completes "Review the interview". */
export function withReview<T extends UntimedStep>(step: T, review: Review): T {
  if (step.key !== 'review' || !mayAutoComplete(step)) return step;
  const texts = [review.wentWell, review.wentBadly, review.doDifferently, review.rapportNote, review.goodPlaceNote];
  const written =
    texts.some((t) => t.trim() !== '') ||
    review.rapport !== '' ||
    review.goodPlace !== '' ||
    review.questions.some((q) => `${q.question}${q.answer}${q.betterAnswer}`.trim() !== '');
  return written ? autoDone(step) : step;
}
