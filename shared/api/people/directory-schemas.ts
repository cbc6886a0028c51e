import { z } from 'zod';
import { id } from '../fields';
import { noteStatus } from '../notes/schemas';
import { opportunityRole, person } from './schemas';

/**
 * The People directory, a page at a time: everyone, by company then name, each with every
 * interview they were in and how far the email and the letter to them from it have got
 * (null: not started).
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

export const directoryPageInput = z
  .object({
    offset: z.number({ message: 'Offset must be a number' }).int().min(0).default(0),
    limit: z.number({ message: 'Limit must be a number' }).int().min(1).max(1000, { message: 'At most 1000 at a time' }).default(200),
  })
  .strict();

export const directoryPage = z.object({
  /** Everyone (not deleted), of whom this page is a part. */
  total: z.number().int(),
  entries: z.array(directoryEntry),
  /** Where the next page starts, or null when this one ends the list. */
  nextOffset: z.number().int().nullable(),
});
