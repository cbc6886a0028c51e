import { z } from 'zod';
import type { LearningStats, MonthCount, PrepView } from '../../follow-through/learning';
import type { AllSame, Same } from '../fields';
import { feedbackReason } from './schemas';

/** What past interviews teach, as the contract carries it: the shapes are shared/follow-through/learning.ts's. */
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
  times: z.number().int(),
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

export const monthCount = z.object({
  month: z.string(),
  interviews: z.number().int(),
  offers: z.number().int(),
  rejections: z.number().int(),
});

export const learningStats = z.object({
  months: z.array(monthCount),
  reasonCounts: z.array(z.object({ reason: feedbackReason, count: z.number().int() })),
});

export type { LearningStats, MonthCount, PrepView } from '../../follow-through/learning';

type _Shapes = AllSame<
  [Same<z.output<typeof prepView>, PrepView>, Same<z.output<typeof monthCount>, MonthCount>, Same<z.output<typeof learningStats>, LearningStats>]
>;
