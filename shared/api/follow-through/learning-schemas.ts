import { z } from 'zod';
import { feedbackReason } from './schemas';

/** What past interviews teach, gathered for the next one. */
export const pastConcern = z.object({
  company: z.string(),
  role: z.string(),
  interviewDate: z.string(),
  source: z.string(),
  reasons: z.array(feedbackReason),
  concern: z.string(),
});

export const questionToPrepare = z.object({
  question: z.string(),
  /** How many reviews recorded it. */
  times: z.number().int(),
  /** How many times the user judged the answer weak. */
  weakTimes: z.number().int(),
  betterAnswers: z.array(z.string()),
  companies: z.array(z.string()),
});

export const prepView = z.object({
  concerns: z.array(pastConcern),
  reasonCounts: z.array(z.object({ reason: feedbackReason, count: z.number().int() })),
  questions: z.array(questionToPrepare),
  lessons: z.array(z.object({ company: z.string(), interviewDate: z.string(), text: z.string() })),
});
export type PrepView = z.infer<typeof prepView>;

export const monthCount = z.object({
  month: z.string(),
  interviews: z.number().int(),
  offers: z.number().int(),
  rejections: z.number().int(),
});
export type MonthCount = z.infer<typeof monthCount>;

export const learningStats = z.object({
  months: z.array(monthCount),
  reasonCounts: z.array(z.object({ reason: feedbackReason, count: z.number().int() })),
});
export type LearningStats = z.infer<typeof learningStats>;
