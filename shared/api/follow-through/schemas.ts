import { z } from 'zod';
import { isKnownCountry } from '../../follow-through/business-days';
import { isKnownTimeZone } from '../../follow-through/time-zones';
import { feedbackReasonLabels, feedbackReasons, type FeedbackReason } from '../../follow-through/feedback-reasons';
import { goodPlaceAnswers, outcomeKinds, rapportLevels, type Feedback, type Outcome, type Review, type ReviewQuestion } from '../../follow-through/review';
import { calendarDate, id, text, type AllSame, type Same } from '../fields';

/** Follow-through: the plan's steps and their log, the review, the outcome and feedback. */

export const timeZone = z
  .string({ message: 'must be a time zone' })
  .refine(isKnownTimeZone, { message: 'must be a time zone such as Europe/London or America/New_York' });

export const countryCode = z
  .string({ message: 'must be a country code' })
  .refine(isKnownCountry, { message: 'must be a two-letter country code such as US or GB' });

export const followThroughSettings = z.object({
  timeZone: z.string(),
  country: z.string(),
  region: z.string(),
});
export type FollowThroughSettings = z.infer<typeof followThroughSettings>;

export const followThroughSettingsPatch = z
  .object({
    timeZone: timeZone.optional(),
    country: countryCode.optional(),
    region: text('Region', 20).optional(),
  })
  .strict();

export const opportunityContext = z.object({
  opportunityId: id,
  /** A large, busy company with many candidates: a note and waiting beats a call. */
  largeCompany: z.boolean(),
  /** When the employer said they would decide, if they did. */
  decisionDate: z.string().nullable(),
});
export type OpportunityContext = z.infer<typeof opportunityContext>;

export const opportunityContextPatch = z
  .object({ opportunityId: id, largeCompany: z.boolean().optional(), decisionDate: calendarDate.nullable().optional() })
  .strict();

export const stepKey = z.enum(['thank-you-email', 'review', 'mail-letters', 'letters-arrive', 'follow-up']);
export const stepStatus = z.enum(['open', 'done', 'skipped', 'snoozed']);
export type StepStatus = z.infer<typeof stepStatus>;

const planStep = z.object({
  key: stepKey,
  title: z.string(),
  detail: z.string(),
  opensOn: z.string(),
  opensAt: z.string().nullable(),
  dueOn: z.string(),
  lastDay: z.string(),
  dueAt: z.string().nullable(),
  dueAtEmployerTime: z.string().nullable(),
  actionable: z.boolean(),
  action: z.enum(['write-email', 'review', 'print-letters', 'call', 'note']).nullable(),
});

export const stepLogEntry = z.object({
  action: z.enum(['done', 'skipped', 'snoozed', 'reopened']),
  detail: z.string(),
  at: z.string(),
});
export type StepLogEntry = z.infer<typeof stepLogEntry>;

export const trackedStep = planStep.extend({
  status: stepStatus,
  snoozedUntil: z.string().nullable(),
  note: z.string(),
  log: z.array(stepLogEntry),
  timing: z.enum(['upcoming', 'open', 'due-today', 'overdue']),
});
export type TrackedStep = z.infer<typeof trackedStep>;

export const interviewPlan = z.object({
  interviewId: id,
  opportunityId: id,
  /** The interview's own zone; null means the user's. */
  interviewTimeZone: z.string().nullable(),
  settings: followThroughSettings,
  context: opportunityContext,
  steps: z.array(trackedStep),
  guardRails: z.array(z.string()),
  callPrep: z.object({ prompts: z.array(z.string()), questions: z.array(z.string()) }).nullable(),
  today: z.string(),
});
export type InterviewPlan = z.infer<typeof interviewPlan>;

export const todayItem = trackedStep.extend({
  interviewId: id,
  opportunityId: id,
  company: z.string(),
  role: z.string(),
  interviewDate: z.string(),
  /** The user's day in their zone from Settings, which the item's timing was computed for. */
  today: z.string(),
});
export type TodayItem = z.infer<typeof todayItem>;

/** Overdue steps of interviews long past, in one opportunity: one line of Today with "Skip all" and "Mark all done". */
export const foldedLine = z.object({
  opportunityId: id,
  company: z.string(),
  role: z.string(),
  /** How many steps the line stands for, and from how many interviews. */
  steps: z.number().int(),
  interviews: z.number().int(),
  lastInterviewDate: z.string(),
  /** The earliest due day among them. */
  overdueSince: z.string(),
});
export type FoldedLine = z.infer<typeof foldedLine>;

/** The parts of Today, in the order it shows them. */
export const todayPart = z.enum(['overdue', 'due-today', 'open', 'folded']);
export type TodayPart = z.infer<typeof todayPart>;

/**
 * Today asks for its list a page at a time: a long search never sends or draws it all at
 * once. Without `part`, the pages run through the whole list in order; with it, through
 * that part only (each part of the view loads on its own as it is scrolled).
 */
export const todayPageInput = z
  .object({
    part: todayPart.optional(),
    offset: z.number({ message: 'Offset must be a number' }).int().min(0).default(0),
    limit: z.number({ message: 'Limit must be a number' }).int().min(1).max(500, { message: 'At most 500 at a time' }).default(100),
  })
  .strict();

/**
 * One page of Today. The whole list, of which this is a part: the steps in full (overdue,
 * due today, can be done now), then the folded lines; `counts` covers all of it, and
 * `nextOffset` goes on through the same list (or part) the page was asked from.
 */
export const todayPage = z.object({
  /** The user's day in their zone from Settings. */
  today: z.string(),
  /** Interviews before this day are long past: their overdue steps are folded. */
  foldedBefore: z.string(),
  counts: z.object({
    overdue: z.number().int(),
    dueToday: z.number().int(),
    open: z.number().int(),
    /** Folded lines (opportunities), and the steps they stand for. */
    folded: z.number().int(),
    foldedSteps: z.number().int(),
  }),
  items: z.array(todayItem),
  folded: z.array(foldedLine),
  /** Where the next page starts, or null when this page ends the list. */
  nextOffset: z.number().int().nullable(),
});
export type TodayPage = z.infer<typeof todayPage>;

/** "Skip all" or "Mark all done" on one folded line: every step it stands for. */
export const markFoldedInput = z.object({ opportunityId: id, action: z.enum(['done', 'skipped']) }).strict();

export const markStepInput = z
  .object({
    interviewId: id,
    key: stepKey,
    action: z.enum(['done', 'skipped', 'snoozed', 'reopened']),
    /** For a snooze: the day the step comes back. */
    until: calendarDate.optional(),
    detail: text('Detail', 2000).default(''),
  })
  .strict()
  .refine((v) => v.action !== 'snoozed' || v.until !== undefined, { message: 'Choose the day the step comes back', path: ['until'] });

export const stepNoteInput = z.object({ interviewId: id, key: stepKey, note: text('Note', 20_000) }).strict();

export const reviewQuestion = z.object({
  question: text('Question', 2000),
  answer: text('How you answered', 5000),
  betterAnswer: text('Better answer', 5000),
  weak: z.boolean(),
});

export const rapport = z.enum(rapportLevels);
export const goodPlace = z.enum(goodPlaceAnswers);

const reviewShape = {
  questions: z.array(reviewQuestion).max(100, { message: 'At most 100 questions' }),
  wentWell: text('What went well', 10_000),
  wentBadly: text('What did not go well', 10_000),
  doDifferently: text('What to do differently', 10_000),
  rapport,
  rapportNote: text('Rapport', 5000),
  goodPlace,
  goodPlaceNote: text('Good place to work', 5000),
};

export const review = z.object({ interviewId: id, ...reviewShape, updatedAt: z.string().nullable() });
export const reviewInput = z.object({ interviewId: id, ...reviewShape }).strict();
export type ReviewInput = z.input<typeof reviewInput>;

export const outcomeKind = z.enum(outcomeKinds);
export const outcome = z.object({ interviewId: id, kind: outcomeKind, decidedOn: z.string().nullable(), updatedAt: z.string().nullable() });
export const outcomeInput = z.object({ interviewId: id, kind: outcomeKind, decidedOn: calendarDate.nullable().default(null) }).strict();

export const feedbackReason = z.enum(feedbackReasons);
export { feedbackReasonLabels, type FeedbackReason };

export const feedback = z.object({
  id,
  interviewId: id,
  opportunityId: id,
  source: z.string(),
  reasons: z.array(feedbackReason),
  concern: z.string(),
  receivedOn: z.string().nullable(),
  createdAt: z.string(),
});

export const feedbackInput = z
  .object({
    interviewId: id,
    source: text('From', 200).default(''),
    reasons: z
      .array(feedbackReason)
      .min(1, { message: 'Choose at least one reason' })
      .refine((list) => new Set(list).size === list.length, { message: 'Each reason once' }),
    concern: text('The concern behind it', 10_000).default(''),
    receivedOn: calendarDate.nullable().default(null),
  })
  .strict();

export const interviewFollowThrough = z.object({ review, outcome, feedback: z.array(feedback) });

/** Follow-through's one-off notes drafted from the note studio's templates. */
export const draftStage = z.enum(['feedback', 'follow-up']);
export type DraftStage = z.infer<typeof draftStage>;

export const draftSend = z.object({ sentTo: z.string(), subject: z.string(), at: z.string() });

export const followThroughDraft = z.object({
  interviewId: id,
  stage: draftStage,
  /** Who it is for; null until chosen. */
  personId: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
  /** False until the user edits the template's text: until then the text follows "To". */
  edited: z.boolean(),
  /** Each hand-off to the mail app, oldest first. */
  sends: z.array(draftSend),
});
export type FollowThroughDraft = z.infer<typeof followThroughDraft>;

export const draftKey = z.object({ interviewId: id, stage: draftStage }).strict();

export const draftInput = z
  .object({
    interviewId: id,
    stage: draftStage,
    personId: id.nullable(),
    subject: text('Subject', 500),
    body: text('Note', 20_000),
    /** Text the user typed (not the template's) and kept when "To" changes. */
    edited: z.boolean(),
  })
  .strict();

export const openDraftInput = draftInput.extend({
  /** A guessed address goes out only when the user has seen the warning and chose to. */
  acknowledgeGuessedAddress: z.boolean().default(false),
});

export type { Feedback, Outcome, OutcomeKind, Review, ReviewQuestion } from '../../follow-through/review';

type _Shapes = AllSame<
  [
    Same<z.output<typeof reviewQuestion>, ReviewQuestion>,
    Same<z.output<typeof review>, Review>,
    Same<z.output<typeof outcome>, Outcome>,
    Same<z.output<typeof feedback>, Feedback>,
  ]
>;
