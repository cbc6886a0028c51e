import { describe, expect, it } from 'vitest';
import { addInterview, addPeople, contents, I1, migratedTo, P1, schemaBefore } from './migration-steps';

describe('migration 0002: people, interview participants and roles', () => {
  it('keeps every opportunity and interview as it was and adds people to them', () => {
    const { dir, db: before } = schemaBefore(2);
    addInterview(before);
    const was = contents(before);
    before.close();

    const after = migratedTo(dir, 2);
    expect(after.pragma('user_version', { simple: true })).toBe(2);
    expect(contents(after, was)).toEqual(was);
    addPeople(after);
    expect(after.prepare('SELECT person_id, topics FROM interview_participants WHERE interview_id = ?').all(I1)).toEqual([{ person_id: P1, topics: 'forecasting' }]);
    expect(() => after.prepare("UPDATE people SET full_name = '  ' WHERE id = ?").run(P1)).toThrow(/CHECK/);
    // An interview deleted takes who was at it along; the people stay.
    after.prepare('DELETE FROM interviews WHERE id = ?').run(I1);
    expect(after.prepare('SELECT count(*) AS n FROM interview_participants').get()).toEqual({ n: 0 });
    expect(after.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 2 });
    after.close();
  });
});
