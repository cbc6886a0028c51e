import type { z } from 'zod';
import type { DraftStage, FollowThroughDraft, draftInput } from '../../../shared/api/follow-through/schemas';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';

/** Follow-through's drafted notes and their hand-offs to the mail app (migration 0008). */
export function createDraftRepository(db: Db, clock: Clock) {
  const read = db.prepare<[string, string], { person_id: string | null; subject: string; body: string }>(
    'SELECT person_id, subject, body FROM follow_through_drafts WHERE interview_id = ? AND stage = ?',
  );
  const readSends = db.prepare<[string, string], { sent_to: string; subject: string; at: string }>(
    'SELECT sent_to, subject, at FROM follow_through_draft_sends WHERE interview_id = ? AND stage = ? ORDER BY id',
  );
  // An unedited draft keeps only its recipient: the template's text is filled in live.
  const write = db.prepare(
    `INSERT INTO follow_through_drafts (interview_id, stage, person_id, subject, body, updated_at)
     VALUES (@interviewId, @stage, @personId, @subject, @body, @now)
     ON CONFLICT (interview_id, stage) DO UPDATE SET person_id = excluded.person_id, subject = excluded.subject,
       body = excluded.body, updated_at = excluded.updated_at`,
  );
  const logSend = db.prepare('INSERT INTO follow_through_draft_sends (interview_id, stage, sent_to, subject, at) VALUES (?, ?, ?, ?, ?)');

  function get(interviewId: string, stage: DraftStage): FollowThroughDraft {
    const row = read.get(interviewId, stage);
    const sends = readSends.all(interviewId, stage).map((r) => ({ sentTo: r.sent_to, subject: r.subject, at: r.at }));
    const edited = row !== undefined && (row.subject !== '' || row.body !== '');
    return { interviewId, stage, personId: row?.person_id ?? null, subject: row?.subject ?? '', body: row?.body ?? '', edited, sends };
  }

  function save(input: z.output<typeof draftInput>): FollowThroughDraft {
    write.run({
      interviewId: input.interviewId,
      stage: input.stage,
      personId: input.personId,
      subject: input.edited ? input.subject : '',
      body: input.edited ? input.body : '',
      now: clock.now().toISOString(),
    });
    return get(input.interviewId, input.stage);
  }

  return {
    get,
    save,
    /** Saves the text that went out and logs the hand-off, in one transaction. */
    recordSend: db.transaction((input: z.output<typeof draftInput>, sentTo: string): FollowThroughDraft => {
      save(input);
      logSend.run(input.interviewId, input.stage, sentTo, input.subject, clock.now().toISOString());
      return get(input.interviewId, input.stage);
    }),
  };
}

export type DraftRepository = ReturnType<typeof createDraftRepository>;
