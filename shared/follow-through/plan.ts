import { DateTime } from 'luxon';
import { addBusinessDays, addCalendarDays, closedDaysBetween, type HolidayRegion } from './business-days';

/**
 * What to do after one interview, and when, from the product's rules: thank-you emails the
 * same day (next morning when the interview ended in the evening), letters in the mail by
 * the next business day, arriving 3–4 business days later, and a follow-up only after the
 * letters have arrived and the employer's decision date has passed — never overdone.
 * Pure: the same plan is computed in the UI and in the core.
 */
export type StepKey = 'thank-you-email' | 'review' | 'mail-letters' | 'letters-arrive' | 'follow-up';
export type StepAction = 'write-email' | 'review' | 'print-letters' | 'call' | 'note' | null;

export interface PlanStep {
  /** One step per key per interview, so the key is a stable identity (stored state, .ics UIDs). */
  key: StepKey;
  title: string;
  detail: string;
  /** The first day (user's calendar) the step can be done. */
  opensOn: string;
  /** For steps about the interview itself: the instant it ended; nothing to do before then. */
  opensAt: string | null;
  /** The day (user's calendar) it is due; for a window such as the letters' arrival, its first day. */
  dueOn: string;
  /** The last day of a window (letters' arrival); equals dueOn otherwise. */
  lastDay: string;
  /** A precise deadline as an ISO instant in the user's time zone, for timed steps. */
  dueAt: string | null;
  /** The same deadline on the interviewer's clock, when their zone differs from the user's. */
  dueAtEmployerTime: string | null;
  /** False for milestones that only inform (letters arriving). */
  actionable: boolean;
  action: StepAction;
}

export interface PlanInput {
  interview: { date: string; startTime: string | null; endTime: string | null; timeZone: string | null };
  user: { timeZone: string } & HolidayRegion;
  employer: { largeCompany: boolean; decisionDate: string | null };
  /** Days (YYYY-MM-DD) of follow-ups already done for this opportunity from other interviews. */
  earlierFollowUps: readonly string[];
}

export interface CallPrep {
  prompts: string[];
  questions: string[];
}

export interface Plan {
  steps: PlanStep[];
  /** Limits that shaped the follow-up, written for the user. */
  guardRails: string[];
  callPrep: CallPrep | null;
  /** When the interview ended, in the user's zone (ISO). */
  endedAt: string;
}

export const MAX_FOLLOW_UPS_PER_OPPORTUNITY = 2;
export const BUSINESS_DAYS_BETWEEN_FOLLOW_UPS = 5;
/** An interview ending at or after this hour (interviewer's clock) ended "in the evening". */
export const EVENING_STARTS_AT_HOUR = 17;
/** Same-day emails are due by this hour so they land before the interviewer's day is over. */
export const SAME_DAY_EMAIL_BY_HOUR = 18;
export const NEXT_MORNING_EMAIL_BY_HOUR = 9;
export const LETTER_TRANSIT_BUSINESS_DAYS = { earliest: 3, latest: 4 } as const;

/** When the interview ended: end time, else an hour after the start, else midday. */
function interviewEnd(input: PlanInput): DateTime {
  const zone = input.interview.timeZone || input.user.timeZone;
  const { date, startTime, endTime } = input.interview;
  const at = (time: string) => DateTime.fromISO(`${date}T${time}`, { zone });
  if (endTime) return at(endTime);
  if (startTime) return at(startTime).plus({ hours: 1 });
  return at('12:00');
}

function isoDate(dt: DateTime): string {
  return dt.toISODate() as string;
}

export function computePlan(input: PlanInput): Plan {
  const userZone = input.user.timeZone;
  const employerZone = input.interview.timeZone || userZone;
  const ended = interviewEnd(input);
  if (!ended.isValid) throw new RangeError(`Cannot place the interview in time: ${ended.invalidExplanation ?? 'invalid date'}`);
  const endedForUser = ended.setZone(userZone);
  const interviewDay = isoDate(endedForUser);
  const otherZone = employerZone !== userZone;
  const employerClock = (dt: DateTime) => (otherZone ? (dt.setZone(employerZone).toISO() as string) : null);

  const steps: PlanStep[] = [];

  // Emails are read on the interviewer's clock: an evening interview's email waits for their morning.
  const evening = ended.hour >= EVENING_STARTS_AT_HOUR;
  const emailDue = evening
    ? ended.plus({ days: 1 }).set({ hour: NEXT_MORNING_EMAIL_BY_HOUR, minute: 0, second: 0, millisecond: 0 })
    : ended.set({ hour: SAME_DAY_EMAIL_BY_HOUR, minute: 0, second: 0, millisecond: 0 });
  const emailDueForUser = emailDue.setZone(userZone);
  // A deadline at midnight on the user's clock belongs to the day before it: a Berlin user
  // with a New York employer must see "due today" on the evening the email is due.
  const emailDueDay = isoDate(emailDueForUser.minus({ milliseconds: 1 }));
  steps.push({
    key: 'thank-you-email',
    title: 'Send the thank-you emails',
    detail: evening
      ? 'The interview ended in the evening: send a short, different note to each interviewer first thing next morning.'
      : 'Send a short, different note to each interviewer today.',
    opensOn: interviewDay,
    opensAt: endedForUser.toISO() as string,
    dueOn: emailDueDay,
    lastDay: emailDueDay,
    dueAt: emailDueForUser.toISO() as string,
    dueAtEmployerTime: employerClock(emailDue),
    actionable: true,
    action: 'write-email',
  });

  const reviewDue = addCalendarDays(interviewDay, 1);
  steps.push({
    key: 'review',
    title: 'Review the interview',
    detail: 'While it is fresh: the questions, better answers, what went well and what to do differently.',
    opensOn: interviewDay,
    opensAt: endedForUser.toISO() as string,
    dueOn: reviewDue,
    lastDay: reviewDue,
    dueAt: null,
    dueAtEmployerTime: null,
    actionable: true,
    action: 'review',
  });

  const region: HolidayRegion = { country: input.user.country, ...(input.user.region ? { region: input.user.region } : {}) };
  const mailBy = addBusinessDays(interviewDay, 1, region);
  const skipped = closedDaysBetween(interviewDay, mailBy, region);
  steps.push({
    key: 'mail-letters',
    title: 'Mail the letters',
    detail:
      'Print, sign and mail a longer, personal letter to each interviewer by the next business day.' +
      (skipped.length > 0 ? ` Post offices are closed on ${skipped.join(', ')}.` : ''),
    opensOn: interviewDay,
    opensAt: null,
    dueOn: mailBy,
    lastDay: mailBy,
    dueAt: null,
    dueAtEmployerTime: null,
    actionable: true,
    action: 'print-letters',
  });

  const arriveFrom = addBusinessDays(mailBy, LETTER_TRANSIT_BUSINESS_DAYS.earliest, region);
  const arriveBy = addBusinessDays(mailBy, LETTER_TRANSIT_BUSINESS_DAYS.latest, region);
  steps.push({
    key: 'letters-arrive',
    title: 'Letters arrive',
    detail: `Letters mailed on ${mailBy} should arrive between ${arriveFrom} and ${arriveBy}.`,
    opensOn: arriveFrom,
    opensAt: null,
    dueOn: arriveFrom,
    lastDay: arriveBy,
    dueAt: null,
    dueAtEmployerTime: null,
    actionable: false,
    action: null,
  });

  const guardRails = [
    `At most ${MAX_FOLLOW_UPS_PER_OPPORTUNITY} follow-ups per opportunity, at least ${BUSINESS_DAYS_BETWEEN_FOLLOW_UPS} business days apart. Never overdo it.`,
  ];
  let notBefore = addBusinessDays(arriveBy, 1, region);
  if (input.employer.decisionDate && input.employer.decisionDate >= notBefore) {
    notBefore = addBusinessDays(input.employer.decisionDate, 1, region);
    guardRails.push(`They said they would decide by ${input.employer.decisionDate}: no follow-up before then.`);
  }
  const earlier = [...input.earlierFollowUps].sort();
  const last = earlier.at(-1);
  if (last) {
    const spaced = addBusinessDays(last, BUSINESS_DAYS_BETWEEN_FOLLOW_UPS, region);
    if (spaced > notBefore) {
      notBefore = spaced;
      guardRails.push(`You last followed up on ${last}: the next one waits until ${spaced}.`);
    }
  }

  let callPrep: CallPrep | null = null;
  if (earlier.length >= MAX_FOLLOW_UPS_PER_OPPORTUNITY) {
    guardRails.push(`You have already followed up ${earlier.length} times on this opportunity: wait for their answer.`);
  } else {
    const large = input.employer.largeCompany;
    if (large) {
      guardRails.push('A large, busy company with many candidates: send a short note and wait rather than call.');
    } else {
      callPrep = {
        prompts: [
          'An idea you did not mention in the interview that helps with their plan for the position.',
          'One concern you sensed, answered straightforwardly.',
        ],
        questions: ['Where are they in the decision, and what comes next?', 'Is there anything more they need from you?'],
      };
    }
    const dueOn = addBusinessDays(notBefore, 2, region);
    steps.push({
      key: 'follow-up',
      title: large ? 'Send a short follow-up note' : 'Follow-up call',
      detail: large
        ? 'A brief, cordial note restating your interest. Then wait.'
        : 'Treat the call as an extension of the interview: assess first, bring one new idea, ask where things stand.',
      opensOn: notBefore,
      opensAt: null,
      dueOn,
      lastDay: dueOn,
      dueAt: null,
      dueAtEmployerTime: null,
      actionable: true,
      action: large ? 'note' : 'call',
    });
  }

  return { steps, guardRails, callPrep, endedAt: endedForUser.toISO() as string };
}

/** Where a step stands on a given day of the user's calendar. */
export type StepTiming = 'upcoming' | 'open' | 'due-today' | 'overdue';

/** `now` (an instant) makes a timed step overdue once its deadline has passed, even on its day. */
export function stepTiming(step: PlanStep, today: string, now?: Date): StepTiming {
  if (today < step.opensOn) return 'upcoming';
  if (now && step.opensAt && now.getTime() < new Date(step.opensAt).getTime()) return 'upcoming';
  if (today > step.lastDay) return 'overdue';
  if (now && step.dueAt && now.getTime() > new Date(step.dueAt).getTime()) return 'overdue';
  if (today >= step.dueOn) return 'due-today';
  return 'open';
}
