import { builtInTemplates } from '../../../shared/notes/note-templates';
import { InvalidInputError, NotFoundError } from '../core-errors';
import type { Db } from '../db/open-database';

/**
 * The ids a request names that must point at rows, checked before anything is written, with
 * a not-found message. The database holds a key wherever it can (migration 0011); these
 * cover the references it cannot: a note's template may be a built-in one (not a row), and a
 * print-queue item keeps a snapshot that outlives its note, so neither can carry a key.
 */
export function createReferenceChecks(db: Db) {
  const opportunity = db.prepare<[string], { id: string }>('SELECT id FROM opportunities WHERE id = ?');
  const interview = db.prepare<[string], { id: string }>('SELECT id FROM interviews WHERE id = ?');
  const person = db.prepare<[string], { id: string }>('SELECT id FROM people WHERE id = ?');
  const note = db.prepare<[string], { interview_id: string }>('SELECT interview_id FROM notes WHERE id = ?');
  const template = db.prepare<[string], { id: string }>('SELECT id FROM note_templates WHERE id = ?');
  const builtIn = new Set(builtInTemplates.map((t) => t.id));
  return {
    opportunity(id: string): void {
      if (!opportunity.get(id)) throw new NotFoundError('That opportunity');
    },
    interview(id: string): void {
      if (!interview.get(id)) throw new NotFoundError('That interview');
    },
    person(id: string): void {
      if (!person.get(id)) throw new NotFoundError('That person');
    },
    /** The note exists, and belongs to the interview when one is named. */
    note(id: string, interviewId: string | null): void {
      const row = note.get(id);
      if (!row) throw new NotFoundError('That note');
      if (interviewId !== null && row.interview_id !== interviewId) throw new InvalidInputError('noteId', 'That note belongs to another interview.');
    },
    template(id: string): void {
      if (!builtIn.has(id) && !template.get(id)) throw new NotFoundError('That template');
    },
  };
}

export type ReferenceChecks = ReturnType<typeof createReferenceChecks>;
