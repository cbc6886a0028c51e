import { z } from 'zod';
import { id } from '../fields';
import { outcomeKind } from '../follow-through/schemas';
import { noteStatus } from '../notes/schemas';
import { opportunityRole } from '../people/schemas';
import { interview } from './schemas';

/**
 * A read-only summary that joins several features, so the opportunity overview loads in one
 * call: who was met at which interview, and how far the email and the letter to each of
 * them have got. A note is null until something is written in it ("not started").
 */
const noteState = noteStatus.nullable();

export const metPerson = z.object({
  personId: id,
  fullName: z.string(),
  title: z.string(),
  roles: z.array(opportunityRole),
  email: noteState,
  letter: noteState,
});
export type MetPerson = z.infer<typeof metPerson>;

export const interviewSummary = z.object({
  interview,
  /** null until an outcome is recorded. */
  outcome: outcomeKind.nullable(),
  people: z.array(metPerson),
});
export type InterviewSummary = z.infer<typeof interviewSummary>;
