import { describe, expect, it } from 'vitest';
import { addInterview, addPeople, AT, contents, I1, migratedTo, O1, P1, schemaBefore } from './migration-steps';

describe("migration 0008: follow-through's drafted notes and their hand-offs", () => {
  it('keeps everything written so far; a draft and its hand-offs go with their interview', () => {
    const { dir, db: before } = schemaBefore(8);
    addInterview(before);
    addPeople(before);
    before.prepare("INSERT INTO calendar_exports (uid, opportunity_id, sequence, fingerprint, event, exported_at) VALUES ('i.review@afterword', ?, 2, 'f', '{}', ?)").run(O1, AT);
    const was = contents(before);
    before.close();

    const after = migratedTo(dir, 8);
    expect(after.pragma('user_version', { simple: true })).toBe(8);
    expect(contents(after, was)).toEqual(was);
    after.prepare("INSERT INTO follow_through_drafts (interview_id, stage, person_id, subject, body, updated_at) VALUES (?, 'feedback', ?, 'S', 'B', ?)").run(I1, P1, AT);
    after.prepare("INSERT INTO follow_through_draft_sends (interview_id, stage, sent_to, subject, at) VALUES (?, 'feedback', 'zoe@northwind.example', 'S', ?)").run(I1, AT);
    expect(() => after.prepare("UPDATE follow_through_drafts SET stage = 'thank-you'").run()).toThrow(/CHECK/);
    after.prepare('DELETE FROM interviews WHERE id = ?').run(I1);
    expect(after.prepare('SELECT (SELECT count(*) FROM follow_through_drafts) + (SELECT count(*) FROM follow_through_draft_sends) AS n').get()).toEqual({ n: 0 });
    after.close();
  });
});
