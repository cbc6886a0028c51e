import { describe, expect, it } from 'vitest';
import { addInterview, addPeople, I1, migratedKeepingData, P1 } from './migration-steps';

describe('migration 0002: people, interview participants and roles', () => {
  it('keeps every opportunity and interview as it was and adds people to them', () => {
    const after = migratedKeepingData(2, (db) => {
      addInterview(db);
    });
    addPeople(after);
    expect(after.prepare('SELECT person_id, topics FROM interview_participants WHERE interview_id = ?').all(I1)).toEqual([
      { person_id: P1, topics: 'forecasting' },
    ]);
    expect(() => after.prepare("UPDATE people SET full_name = '  ' WHERE id = ?").run(P1)).toThrow(/CHECK/);
    // An interview deleted takes who was at it along; the people stay.
    after.prepare('DELETE FROM interviews WHERE id = ?').run(I1);
    expect(after.prepare('SELECT count(*) AS n FROM interview_participants').get()).toEqual({ n: 0 });
    expect(after.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 2 });
    after.close();
  });
});
