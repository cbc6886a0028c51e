import { describe, expect, it } from 'vitest';
import { migratedTo, schemaBefore } from './migration-steps';

describe('migration 0011: reference keys', () => {
  it('keeps every draft, clears a "To" that pointed at nobody, and from then on the database checks it', () => {
    const { dir, db: before } = schemaBefore(11);
    before.exec(`
      INSERT INTO opportunities (id, company, role, created_at, updated_at) VALUES ('o', 'Acme', 'Engineer', 'now', 'now');
      INSERT INTO interviews (id, opportunity_id, date, created_at, updated_at) VALUES ('i', 'o', '2026-11-19', 'now', 'now');
      INSERT INTO people (id, full_name, created_at, updated_at) VALUES ('p', 'Jane Doe', 'now', 'now');
      INSERT INTO follow_through_drafts (interview_id, stage, person_id, subject, body, updated_at) VALUES
        ('i', 'feedback', 'p', 'Feedback?', 'Dear Jane, …', '2026-11-20'),
        ('i', 'follow-up', 'nobody', 'Following up', 'Typed text that must survive', '2026-11-21');
    `);
    before.close();

    const after = migratedTo(dir, 11);
    expect(after.pragma('user_version', { simple: true })).toBe(11);
    expect(after.prepare('SELECT interview_id, stage, person_id, subject, body, updated_at FROM follow_through_drafts ORDER BY stage').all()).toEqual([
      { interview_id: 'i', stage: 'feedback', person_id: 'p', subject: 'Feedback?', body: 'Dear Jane, …', updated_at: '2026-11-20' },
      { interview_id: 'i', stage: 'follow-up', person_id: null, subject: 'Following up', body: 'Typed text that must survive', updated_at: '2026-11-21' },
    ]);
    expect(after.pragma('foreign_key_check')).toEqual([]);
    expect(() => after.prepare("UPDATE follow_through_drafts SET person_id = 'nobody' WHERE stage = 'feedback'").run()).toThrow(/FOREIGN KEY/);
    after.prepare("DELETE FROM people WHERE id = 'p'").run();
    expect(after.prepare("SELECT person_id, body FROM follow_through_drafts WHERE stage = 'feedback'").get()).toEqual({
      person_id: null,
      body: 'Dear Jane, …',
    });
    after.close();
  });
});
