import { z } from 'zod';
import { id } from '../fields';
import {
  draftInput,
  draftKey,
  feedback,
  feedbackInput,
  followThroughDraft,
  openDraftInput,
  followThroughSettings,
  followThroughSettingsPatch,
  interviewPlan,
  markStepInput,
  opportunityContext,
  opportunityContextPatch,
  outcome,
  outcomeInput,
  review,
  reviewInput,
  stepNoteInput,
  timeZone,
  markFoldedInput,
  todayPage,
  todayPageInput,
} from './schemas';
import { learningStats, prepView } from './learning-schemas';

const byInterview = z.object({ interviewId: id }).strict();

/** Follow-through's part of the contract, spread into contract.ts. */
export const followThroughContract = {
  'followThrough.settings': { input: z.object({}).strict(), output: followThroughSettings },
  'followThrough.updateSettings': { input: followThroughSettingsPatch, output: followThroughSettings },
  'plan.forInterview': { input: byInterview, output: interviewPlan },
  'plan.updateContext': { input: opportunityContextPatch, output: opportunityContext },
  'plan.setInterviewTimeZone': { input: z.object({ interviewId: id, timeZone: timeZone.nullable() }).strict(), output: interviewPlan },
  'plan.today': { input: todayPageInput, output: todayPage },
  /** Marks every step of one folded line of Today done or skipped, each logged as if marked one by one. */
  'plan.markFolded': { input: markFoldedInput, output: z.object({ marked: z.number().int() }) },
  /** The user's day in their zone from Settings: what the UI compares dates with. */
  'plan.userToday': { input: z.object({}).strict(), output: z.string() },
  'plan.markStep': { input: markStepInput, output: interviewPlan },
  'plan.saveStepNote': { input: stepNoteInput, output: interviewPlan },
  'plan.exportCalendar': {
    input: z.object({ opportunityId: id.optional() }).strict(),
    output: z.union([z.object({ saved: z.literal(false) }), z.object({ saved: z.literal(true), path: z.string(), events: z.number().int() })]),
  },
  'review.get': { input: byInterview, output: review },
  'review.save': { input: reviewInput, output: review },
  'outcome.get': { input: byInterview, output: z.object({ outcome, feedback: z.array(feedback) }) },
  'outcome.set': { input: outcomeInput, output: outcome },
  'feedback.add': { input: feedbackInput, output: feedback },
  'feedback.delete': { input: z.object({ id }).strict(), output: z.object({ deleted: z.literal(true) }) },
  'drafts.get': { input: draftKey, output: followThroughDraft },
  'drafts.save': { input: draftInput, output: followThroughDraft },
  /**
   * Hands a drafted note (feedback request, follow-up) to the user's mail app as a mailto:
   * draft, addressed to the chosen person's address on record; nothing is sent. The text is
   * saved and the hand-off logged.
   */
  'followThrough.openDraftInMailApp': { input: openDraftInput, output: z.object({ url: z.string(), draft: followThroughDraft }) },
  'learning.prep': { input: z.object({ interviewId: id.optional() }).strict(), output: prepView },
  'learning.stats': { input: z.object({}).strict(), output: learningStats },
} as const;
