import { z } from 'zod';
import { id, requiredText, text } from '../fields';

/**
 * Notes are stored per interviewer per interview: one email (subject, body) and one
 * letter (body, and an optional draft to copy by hand onto a card).
 */
export const noteKind = z.enum(['email', 'letter']);
export type NoteKindValue = z.infer<typeof noteKind>;

/** draft → ready → sent (email) or printed → mailed (letter); back to draft at any time. */
export const noteStatus = z.enum(['draft', 'ready', 'sent', 'printed', 'mailed']);
export type NoteStatus = z.infer<typeof noteStatus>;

export const note = z.object({
  id,
  interviewId: id,
  personId: id,
  kind: noteKind,
  subject: z.string(),
  body: z.string(),
  cardDraft: z.string(),
  templateId: z.string().nullable(),
  status: noteStatus,
  readyAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  printedAt: z.string().nullable(),
  mailedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Note = z.infer<typeof note>;

/** A note written for another interview at the same company, to compare new notes with. */
export const colleagueNote = z.object({
  note,
  recipientName: z.string(),
  interviewDate: z.string(),
});
export type ColleagueNote = z.infer<typeof colleagueNote>;

/** Autosave: whatever the user typed, for the note of this kind to this person at this interview. */
export const noteSave = z
  .object({
    interviewId: id,
    personId: id,
    kind: noteKind,
    subject: text('Subject', 500).optional(),
    body: text('Note', 20_000).optional(),
    cardDraft: text('Card draft', 5_000).optional(),
    templateId: z.string().max(100).nullable().optional(),
  })
  .strict();

export const noteStatusChange = z
  .object({
    id,
    status: noteStatus,
    /** The user saw the warning that the note still has gaps and chose to go on. */
    acknowledgeGaps: z.boolean().default(false),
  })
  .strict();

export const noteHandOff = z
  .object({
    id,
    /** The user saw the warning that the address is a guess and chose to go on. */
    acknowledgeGuessedAddress: z.boolean().default(false),
  })
  .strict();

export const templateKind = z.enum(['email', 'letter']);
export const templateStage = z.enum(['thank-you', 'feedback', 'follow-up']);

export const noteTemplate = z.object({
  id: z.string(),
  name: z.string(),
  kind: templateKind,
  stage: templateStage,
  subject: z.string(),
  body: z.string(),
  builtIn: z.boolean(),
});

export const noteTemplateSave = z
  .object({
    /** Omitted to create; a built-in's id is refused (save a copy instead). */
    id: id.optional(),
    name: requiredText('Template name', 200),
    kind: templateKind,
    stage: templateStage.default('thank-you'),
    subject: text('Subject', 500).default(''),
    body: requiredText('Template text', 20_000),
  })
  .strict();
