import { z } from 'zod';
import { id } from '../fields';
import { colleagueNote, note, noteHandOff, noteSave, noteStatusChange, noteTemplate, noteTemplateSave } from './schemas';

const none = z.object({}).strict();

export const noteContract = {
  'notes.listForInterview': { input: z.object({ interviewId: id }).strict(), output: z.array(note) },
  /** Notes from the company's other interviews (earlier rounds, other roles): people there compare notes too. */
  'notes.listColleagueNotes': { input: z.object({ interviewId: id }).strict(), output: z.array(colleagueNote) },
  'notes.save': { input: noteSave, output: note },
  'notes.setStatus': { input: noteStatusChange, output: note },
  'notes.openInMailApp': { input: noteHandOff, output: z.object({ url: z.string() }) },
  /** path is null when the user cancelled the save dialog. */
  'notes.saveEml': { input: noteHandOff, output: z.object({ path: z.string().nullable() }) },
  'noteTemplates.list': { input: none, output: z.array(noteTemplate) },
  'noteTemplates.save': { input: noteTemplateSave, output: noteTemplate },
  'noteTemplates.delete': { input: z.object({ id }).strict(), output: z.object({ deleted: z.literal(true) }) },
};
