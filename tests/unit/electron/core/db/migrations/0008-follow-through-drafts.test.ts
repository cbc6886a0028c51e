import { describe, expect, it } from 'vitest';
import { addInterview, addPeople, AT, I1, migratedKeepingData, O1, P1 } from './migration-steps';

describe("migration 0008: follow-through's drafted notes and their hand-offs", () => {
  it('keeps everything written so far; a draft and its hand-offs go with their interview', () => {
    const after = migratedKeepingData(8, (db) => {
      addInterview(db);
      addPeople(db);
      db.prepare(
        "INSERT INTO calendar_exports (uid, opportunity_id, sequence, fingerprint, event, exported_at) VALUES ('i.review@afterword', ?, 2, 'f', '{}', ?)",
      ).run(O1, AT);
    });
    after
      .prepare("INSERT INTO follow_through_drafts (interview_id, stage, person_id, subject, body, updated_at) VALUES (?, 'feedback', ?, 'S', 'B', ?)")
      .run(I1, P1, AT);
    after
      .prepare("INSERT INTO follow_through_draft_sends (interview_id, stage, sent_to, subject, at) VALUES (?, 'feedback', 'zoe@northwind.example', 'S', ?)")
      .run(I1, AT);
    expect(() => after.prepare("UPDATE follow_through_drafts SET stage = 'thank-you'").run()).toThrow(/CHECK/);
    after.prepare('DELETE FROM interviews WHERE id = ?').run(I1);
    expect(after.prepare('SELECT (SELECT count(*) FROM follow_through_drafts) + (SELECT count(*) FROM follow_through_draft_sends) AS n').get()).toEqual({
      n: 0,
    });
    after.close();
  });
});
