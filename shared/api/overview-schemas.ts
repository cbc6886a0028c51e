import { z } from 'zod';
import { id } from './fields';
import { outcomeKind } from './follow-through-schemas';
import { noteStatus } from './note-schemas';
import { interview } from './opportunity-schemas';
import { opportunityRole, person } from './people-schemas';

/**
 * Read-only summaries that join several features, so the opportunity overview and the
 * People directory each load in one call: who was met at which interview, and how far
 * the email and the letter to each of them have got. A note is null until something is
 * written in it ("not started").
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

/** One interview a person was in, with the notes to them from it. */
export const personInterview = z.object({
  interviewId: id,
  opportunityId: id,
  company: z.string(),
  role: z.string(),
  date: z.string(),
  title: z.string(),
  roles: z.array(opportunityRole),
  email: noteState,
  letter: noteState,
});
export type PersonInterview = z.infer<typeof personInterview>;

export const directoryEntry = z.object({ person, interviews: z.array(personInterview) });
export type DirectoryEntry = z.infer<typeof directoryEntry>;
