import { describe, expect, it } from 'vitest';
import { addInterview, addNote, addPeople, AT, I1, migratedKeepingData, N1, P1 } from './migration-steps';

describe('migration 0003: notes and note templates', () => {
  it('keeps opportunities, interviews and people as they were, and holds one note of each kind per person and interview', () => {
    const after = migratedKeepingData(3, (db) => {
      addInterview(db);
      addPeople(db);
    });
    addNote(after);
    expect(after.prepare('SELECT kind, status, body FROM notes WHERE id = ?').get(N1)).toEqual({
      kind: 'email',
      status: 'ready',
      body: 'Dear Zoë, thank you.',
    });
    expect(() =>
      after.prepare("INSERT INTO notes (id, interview_id, person_id, kind, created_at, updated_at) VALUES ('n2', ?, ?, 'email', ?, ?)").run(I1, P1, AT, AT),
    ).toThrow(/UNIQUE/);
    expect(() => after.prepare("UPDATE note_templates SET stage = 'whenever' WHERE id = 't1'").run()).toThrow(/CHECK/);
    after.close();
  });
});
