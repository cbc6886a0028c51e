import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { noteTemplateSave } from '../../../shared/api/notes/schemas';
import { builtInTemplates, unknownFields, type NoteTemplate } from '../../../shared/notes/note-templates';
import type { Clock } from '../clock';
import { InvalidInputError, NotFoundError } from '../core-errors';
import type { Db } from '../db/open-database';

interface TemplateRow {
  id: string;
  name: string;
  kind: NoteTemplate['kind'];
  stage: NoteTemplate['stage'];
  subject: string;
  body: string;
}

const toTemplate = (r: TemplateRow): NoteTemplate => ({ ...r, builtIn: false });

/** The user's own templates, listed after the built-in ones, which are never overwritten. */
export function createNoteTemplateRepository(db: Db, clock: Clock) {
  const all = db.prepare<[], TemplateRow>('SELECT id, name, kind, stage, subject, body FROM note_templates ORDER BY name COLLATE NOCASE');
  const byId = db.prepare<[string], TemplateRow>('SELECT id, name, kind, stage, subject, body FROM note_templates WHERE id = ?');
  const insert = db.prepare(
    'INSERT INTO note_templates (id, name, kind, stage, subject, body, created_at, updated_at) VALUES (@id, @name, @kind, @stage, @subject, @body, @now, @now)',
  );
  const update = db.prepare(
    'UPDATE note_templates SET name = @name, kind = @kind, stage = @stage, subject = @subject, body = @body, updated_at = @now WHERE id = @id',
  );
  const remove = db.prepare('DELETE FROM note_templates WHERE id = ?');

  return {
    list(): NoteTemplate[] {
      return [...builtInTemplates, ...all.all().map(toTemplate)];
    },
    save(input: z.output<typeof noteTemplateSave>): NoteTemplate {
      const unknown = unknownFields(input.body + input.subject);
      if (unknown.length > 0) {
        throw new InvalidInputError('body', `{{${unknown[0]}}} is not a field Afterword knows. Use one of the listed fields.`);
      }
      const now = clock.now().toISOString();
      const values = { name: input.name, kind: input.kind, stage: input.stage, subject: input.kind === 'email' ? input.subject : '', body: input.body, now };
      if (input.id) {
        if (update.run({ ...values, id: input.id }).changes === 0) throw new NotFoundError('That template');
        return toTemplate(byId.get(input.id)!);
      }
      const id = randomUUID();
      insert.run({ ...values, id });
      return toTemplate(byId.get(id)!);
    },
    delete(id: string): { deleted: true } {
      if (remove.run(id).changes === 0) throw new NotFoundError('That template');
      return { deleted: true };
    },
  };
}

export type NoteTemplateRepository = ReturnType<typeof createNoteTemplateRepository>;
