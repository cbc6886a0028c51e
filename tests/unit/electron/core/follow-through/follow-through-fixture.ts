import fs from 'node:fs';
import path from 'node:path';
import type { FileFilter } from '../../../../../electron/core/os-ports';
import { openDatabase, type Db } from '../../../../../electron/core/db/open-database';
import { openRepositories } from '../../../../../electron/core/core';
import { createPlanStateRepository } from '../../../../../electron/core/repositories/plan-state-repository';
import { followThroughHandlers } from '../../../../../electron/core/follow-through/handlers';
import type { NoteProgress } from '../../../../../electron/core/follow-through/note-progress';
import { checkedHandlers } from '../../../helpers/checked-outputs';
import { tempDir } from '../../../helpers/temp-dir';

/** Follow-through's handlers on a real SQLite file with every migration applied. */
export function followThroughDb(dir = tempDir()): { db: Db; dir: string } {
  return { db: openDatabase(dir), dir };
}

export function followThroughFixture(options: { now: string; timeZone?: string; country?: string; logger?: { error(message: string): void } }) {
  // What the note studio reports per interview; tests set it to stand for notes sent or mailed.
  const progress = new Map<string, NoteProgress>();
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
      noteProgress: (interviewId) => progress.get(interviewId) ?? { interviewers: 0, emailsSent: 0, lettersMailed: 0 },
    }),
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
    setNoteProgress(interviewId: string, value: NoteProgress) {
      progress.set(interviewId, value);
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
