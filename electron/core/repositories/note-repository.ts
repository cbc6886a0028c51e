import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ColleagueNote, Note, NoteStatus, noteSave } from '../../../shared/api/notes/schemas';
import { hasGaps } from '../../../shared/notes/note-templates';
import type { Clock } from '../clock';
import { InvalidInputError, NeedsConfirmationError, NotFoundError } from '../core-errors';
import type { Db } from '../db/open-database';

interface NoteRow {
  id: string;
  interview_id: string;
  person_id: string;
  kind: 'email' | 'letter';
  subject: string;
  body: string;
  card_draft: string;
  template_id: string | null;
  status: NoteStatus;
  ready_at: string | null;
  sent_at: string | null;
  printed_at: string | null;
  mailed_at: string | null;
  created_at: string;
  updated_at: string;
}

function toNote(r: NoteRow): Note {
  return {
    id: r.id,
    interviewId: r.interview_id,
    personId: r.person_id,
    kind: r.kind,
    subject: r.subject,
    body: r.body,
    cardDraft: r.card_draft,
    templateId: r.template_id,
    status: r.status,
    readyAt: r.ready_at,
    sentAt: r.sent_at,
    printedAt: r.printed_at,
    mailedAt: r.mailed_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const STATUSES_BY_KIND: Record<Note['kind'], NoteStatus[]> = {
  email: ['draft', 'ready', 'sent'],
  letter: ['draft', 'ready', 'printed', 'mailed'],
};

const STAMP: Partial<Record<NoteStatus, 'ready_at' | 'sent_at' | 'printed_at' | 'mailed_at'>> = {
  ready: 'ready_at',
  sent: 'sent_at',
  printed: 'printed_at',
  mailed: 'mailed_at',
};

export function createNoteRepository(db: Db, clock: Clock) {
  const byId = db.prepare<[string], NoteRow>('SELECT * FROM notes WHERE id = ?');
  const byKey = db.prepare<[string, string, string], NoteRow>('SELECT * FROM notes WHERE interview_id = ? AND person_id = ? AND kind = ?');
  const forInterview = db.prepare<[string], NoteRow>('SELECT * FROM notes WHERE interview_id = ? ORDER BY created_at, kind');
  const atSameCompany = db.prepare<{ interviewId: string }, NoteRow & { recipient_name: string; interview_date: string }>(
    `SELECT n.*, p.full_name AS recipient_name, i.date AS interview_date
       FROM notes n
       JOIN interviews i ON i.id = n.interview_id
       JOIN opportunities o ON o.id = i.opportunity_id
       JOIN people p ON p.id = n.person_id
      WHERE n.interview_id <> @interviewId
        AND trim(n.body) <> ''
        AND p.deleted_at IS NULL
        AND lower(trim(o.company)) = (
          SELECT lower(trim(o2.company)) FROM interviews i2 JOIN opportunities o2 ON o2.id = i2.opportunity_id WHERE i2.id = @interviewId
        )
      ORDER BY i.date, n.created_at`,
  );
  const interviewExists = db.prepare<[string], { id: string }>('SELECT id FROM interviews WHERE id = ?');
  const personExists = db.prepare<[string], { id: string }>('SELECT id FROM people WHERE id = ?');
  const isParticipant = db.prepare<[string, string], { person_id: string }>(
    'SELECT person_id FROM interview_participants WHERE interview_id = ? AND person_id = ? AND removed_at IS NULL',
  );
  const insert = db.prepare(
    `INSERT INTO notes (id, interview_id, person_id, kind, subject, body, card_draft, template_id, created_at, updated_at)
     VALUES (@id, @interviewId, @personId, @kind, @subject, @body, @cardDraft, @templateId, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE notes SET subject = @subject, body = @body, card_draft = @cardDraft, template_id = @templateId, status = @status, updated_at = @now WHERE id = @id`,
  );

  function get(id: string): Note {
    const row = byId.get(id);
    if (!row) throw new NotFoundError('That note');
    return toNote(row);
  }

  return {
    get,
    listForInterview(interviewId: string): Note[] {
      if (!interviewExists.get(interviewId)) throw new NotFoundError('That interview');
      return forInterview.all(interviewId).map(toNote);
    },
    listColleagueNotes(interviewId: string): ColleagueNote[] {
      if (!interviewExists.get(interviewId)) throw new NotFoundError('That interview');
      return atSameCompany.all({ interviewId }).map((r) => ({ note: toNote(r), recipientName: r.recipient_name, interviewDate: r.interview_date }));
    },
    /** Creates the note on the first keystroke and updates it on every later one. */
    save: db.transaction((input: z.output<typeof noteSave>): Note => {
      if (!interviewExists.get(input.interviewId)) throw new NotFoundError('That interview');
      if (!personExists.get(input.personId)) throw new NotFoundError('That interviewer');
      if (!isParticipant.get(input.interviewId, input.personId)) {
        throw new InvalidInputError('personId', 'That person is not an interviewer at this interview. Add them to the interview before writing to them.');
      }
      const now = clock.now().toISOString();
      const existing = byKey.get(input.interviewId, input.personId, input.kind);
      if (!existing) {
        const id = randomUUID();
        insert.run({
          id,
          interviewId: input.interviewId,
          personId: input.personId,
          kind: input.kind,
          subject: input.subject ?? '',
          body: input.body ?? '',
          cardDraft: input.cardDraft ?? '',
          templateId: input.templateId ?? null,
          now,
        });
        return get(id);
      }
      const subject = input.subject ?? existing.subject;
      const body = input.body ?? existing.body;
      // A note marked ready was ready as it stood: changing its words makes it a draft again.
      const changed = subject !== existing.subject || body !== existing.body;
      update.run({
        id: existing.id,
        subject,
        body,
        cardDraft: input.cardDraft ?? existing.card_draft,
        templateId: input.templateId === undefined ? existing.template_id : input.templateId,
        status: changed && existing.status === 'ready' ? 'draft' : existing.status,
        now,
      });
      return get(existing.id);
    }),
    setStatus: db.transaction((id: string, status: NoteStatus, acknowledgeGaps: boolean): Note => {
      const note = get(id);
      if (!STATUSES_BY_KIND[note.kind].includes(status)) {
        throw new InvalidInputError('status', `A${note.kind === 'email' ? 'n email' : ' letter'} cannot be marked ${status}.`);
      }
      if (status !== 'draft' && !acknowledgeGaps && (hasGaps(note.body) || hasGaps(note.subject))) {
        throw new NeedsConfirmationError('acknowledgeGaps', 'This note still has gaps in square brackets to fill in.');
      }
      if (status !== 'draft' && note.body.trim() === '') throw new InvalidInputError('body', 'This note is empty.');
      const column = STAMP[status];
      const now = clock.now().toISOString();
      // The column comes from a fixed map keyed by the parsed status, never from raw input.
      db.prepare(`UPDATE notes SET status = @status, ${column ? `${column} = @now,` : ''} updated_at = @now WHERE id = @id`).run({ id, status, now });
      return get(id);
    }),
  };
}

export type NoteRepository = ReturnType<typeof createNoteRepository>;
