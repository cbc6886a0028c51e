import { describe, expect, it } from 'vitest';
import { addInterview, addNote, addPeople, AT, I1, migratedKeepingData, O1 } from './migration-steps';

describe('migration 0005: the follow-through plan, review, outcome and feedback', () => {
  it('keeps everything written so far, and what follow-through records goes with its interview', () => {
    const after = migratedKeepingData(5, (db) => {
      addInterview(db);
      addPeople(db);
      addNote(db);
      db.prepare('INSERT INTO settings (id, json, updated_at) VALUES (1, \'{"yourName":"Sam Lee"}\', ?)').run(AT);
      db.prepare(
        "INSERT INTO print_queue (id, kind, position, json, status, printed_at, created_at, updated_at) VALUES ('q1', 'letter', 1, '{}', 'printed', ?, ?, ?)",
      ).run(AT, AT, AT);
    });
    after.prepare("INSERT INTO follow_through_settings (id, time_zone, country) VALUES (1, 'Europe/London', 'GB')").run();
    after.prepare('INSERT INTO opportunity_follow_through (opportunity_id, large_company) VALUES (?, 1)').run(O1);
    after.prepare("INSERT INTO plan_steps (interview_id, step_key, status, updated_at) VALUES (?, 'review', 'done', ?)").run(I1, AT);
    after.prepare("INSERT INTO plan_step_log (interview_id, step_key, action, at) VALUES (?, 'review', 'done', ?)").run(I1, AT);
    after.prepare('INSERT INTO interview_reviews (interview_id, updated_at) VALUES (?, ?)').run(I1, AT);
    after.prepare("INSERT INTO interview_outcomes (interview_id, kind, updated_at) VALUES (?, 'pending', ?)").run(I1, AT);
    after.prepare("INSERT INTO interview_feedback (id, interview_id, reasons, created_at) VALUES ('f1', ?, '[\"other\"]', ?)").run(I1, AT);
    expect(() => after.prepare("UPDATE interview_outcomes SET kind = 'maybe'").run()).toThrow(/CHECK/);
    after.prepare('DELETE FROM interviews WHERE id = ?').run(I1);
    for (const table of ['plan_steps', 'plan_step_log', 'interview_reviews', 'interview_outcomes', 'interview_feedback']) {
      expect(after.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    after.close();
  });
});
