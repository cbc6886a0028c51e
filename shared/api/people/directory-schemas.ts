import { z } from 'zod';
import { id } from '../fields';
import { noteStatus } from '../notes/schemas';
import { opportunityRole, person } from './schemas';

/**
 * The People directory in one call: everyone, each with every interview they were in and
 * how far the email and the letter to them from it have got (null: not started).
 */
const noteState = noteStatus.nullable();

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
