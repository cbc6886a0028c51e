import fs from 'node:fs';
import path from 'node:path';
import type { FileFilter } from '../../../../../electron/core/os-ports';
import { openDatabase, type Db } from '../../../../../electron/core/db/open-database';
import { openRepositories } from '../../../../../electron/core/core';
import { createPlanStateRepository } from '../../../../../electron/core/repositories/plan-state-repository';
import { followThroughHandlers } from '../../../../../electron/core/follow-through/handlers';
import type { NoteProgress } from '../../../../../electron/core/repositories/plan-input-repository';
import { checkedHandlers } from '../../../helpers/checked-outputs';
import { tempDir } from '../../../helpers/temp-dir';

/** Follow-through's handlers on a real SQLite file with every migration applied. */
export function followThroughDb(dir = tempDir()): { db: Db; dir: string } {
  return { db: openDatabase(dir), dir };
}

export function followThroughFixture(options: { now: string; timeZone?: string; country?: string; logger?: { error(message: string): void } }) {
  const { db, dir } = followThroughDb();
  let now = new Date(options.now);
  const clock = { now: () => now };
  const saveAnswers: Array<string | null> = [];
  const saveRequests: Array<{ title: string; defaultPath?: string; filters?: FileFilter[] }> = [];
  const dialogs = {
    async showSaveDialog(request: { title: string; defaultPath?: string; filters?: FileFilter[] }) {
      saveRequests.push(request);
      return saveAnswers.shift() ?? null;
    },
    async showOpenDialog() {
      return null;
    },
  };
  // The user's zone and country as the test gives them, in place of the system's.
  const repos = {
    ...openRepositories(db, clock, 'en-US'),
    planState: createPlanStateRepository(db, clock, { timeZone: options.timeZone ?? 'America/New_York', country: options.country ?? 'US', region: '' }),
  };
  const { opportunities, interviews } = repos;
  const opened: string[] = [];
  const openExternal = async (url: string) => {
    opened.push(url);
  };
  const handlers = checkedHandlers(
    followThroughHandlers(repos, {
      dialogs,
      openExternal,
      clock,
      logger: { info: () => {}, warn: () => {}, error: (message: string) => options.logger?.error(message) },
      appVersion: 'test',
    }),
  );
  const at = () => now.toISOString();
  const upsertNote = db.prepare(
    `INSERT INTO notes (id, interview_id, person_id, kind, body, status, created_at, updated_at) VALUES (@id, @interviewId, @personId, @kind, 'Thank you.', @status, @at, @at)
     ON CONFLICT (interview_id, person_id, kind) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at`,
  );
  return {
    db,
    dir,
    handlers,
    opportunities,
    interviews,
    /** Someone at the interview, with an address of the given standing. */
    addParticipant(interviewId: string, personId: string, fullName: string, email: string, emailStatus: 'none' | 'confirmed' | 'guessed') {
      const at = now.toISOString();
      db.prepare('INSERT INTO people (id, full_name, email, email_status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        personId,
        fullName,
        email,
        emailStatus,
        at,
        at,
      );
      db.prepare('INSERT INTO interview_participants (interview_id, person_id, position, created_at, updated_at) VALUES (?, ?, 0, ?, ?)').run(
        interviewId,
        personId,
        at,
        at,
      );
    },
    /**
     * The interviewers and their notes as the note studio leaves them: this many people at the
     * interview, the first `emailsSent` emails marked sent and `lettersMailed` letters mailed.
     */
    setNoteProgress(interviewId: string, value: NoteProgress) {
      for (let k = 0; k < value.interviewers; k++) {
        const personId = `progress-${interviewId}-${k}`;
        db.prepare('INSERT OR IGNORE INTO people (id, full_name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
          personId,
          `Interviewer ${k + 1}`,
          at(),
          at(),
        );
        db.prepare('INSERT OR IGNORE INTO interview_participants (interview_id, person_id, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
          interviewId,
          personId,
          k,
          at(),
          at(),
        );
        const note = { interviewId, personId, at: at() };
        upsertNote.run({ ...note, id: `${personId}-email`, kind: 'email', status: k < value.emailsSent ? 'sent' : 'draft' });
        upsertNote.run({ ...note, id: `${personId}-letter`, kind: 'letter', status: k < value.lettersMailed ? 'mailed' : 'draft' });
      }
    },
    /** Every step Today shows in full, most pressing first (one page holds them all here). */
    async todayItems() {
      return (await handlers['plan.today']({ offset: 0, limit: 500 })).items;
    },
    setNow(iso: string) {
      now = new Date(iso);
    },
    answerNextSave(file: string | null) {
      saveAnswers.push(file);
    },
    saveRequests,
    opened,
    file: (name: string) => path.join(dir, name),
    read: (file: string) => fs.readFileSync(file, 'utf8'),
  };
}
