import { z } from 'zod';
import { calendarDate, clockTime, id, requiredText, text } from '../fields';

export const opportunityStatus = z.enum(['active', 'offer', 'rejected', 'withdrawn', 'closed']);

export const opportunity = z.object({
  id,
  company: z.string(),
  role: z.string(),
  location: z.string(),
  notes: z.string(),
  status: opportunityStatus,
  createdAt: z.string(),
  updatedAt: z.string(),
  interviewCount: z.number().int(),
  latestInterviewDate: z.string().nullable(),
});
export type Opportunity = z.infer<typeof opportunity>;

export const opportunityFields = z.object({
  company: requiredText('Company', 200),
  role: requiredText('Role', 200),
  location: text('Location', 200).default(''),
  notes: text('Notes', 20_000).default(''),
});
export type OpportunityFields = z.input<typeof opportunityFields>;

export const opportunityPatch = z.object({
  id,
  company: requiredText('Company', 200).optional(),
  role: requiredText('Role', 200).optional(),
  location: text('Location', 200).optional(),
  notes: text('Notes', 20_000).optional(),
  status: opportunityStatus.optional(),
});

export const interview = z.object({
  id,
  opportunityId: id,
  date: z.string(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  title: z.string(),
  location: z.string(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Interview = z.infer<typeof interview>;

const interviewShape = {
  date: calendarDate,
  startTime: clockTime.nullable().default(null),
  endTime: clockTime.nullable().default(null),
  title: text('Title', 200).default(''),
  location: text('Location', 500).default(''),
  notes: text('Notes', 20_000).default(''),
};

export const interviewFields = z
  .object({ opportunityId: id, ...interviewShape })
  .refine((v) => v.startTime === null || v.endTime === null || v.endTime > v.startTime, {
    message: 'must be after the start time',
    path: ['endTime'],
  });
export type InterviewFields = z.input<typeof interviewFields>;

export const interviewPatch = z.object({
  id,
  date: interviewShape.date.optional(),
  startTime: clockTime.nullable().optional(),
  endTime: clockTime.nullable().optional(),
  title: interviewShape.title.optional(),
  location: interviewShape.location.optional(),
  notes: interviewShape.notes.optional(),
});
