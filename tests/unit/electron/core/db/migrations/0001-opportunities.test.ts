import { describe, expect, it } from 'vitest';
import { addInterview, AT, contents, I1, migratedTo, O1, schemaBefore } from './migration-steps';

describe('migration 0001: opportunities and interviews', () => {
  it('turns an empty file into a database that keeps opportunities and their interviews', () => {
    const { dir, db: before } = schemaBefore(1);
    expect(contents(before)).toEqual({});
    before.close();

    const after = migratedTo(dir, 1);
    expect(after.pragma('user_version', { simple: true })).toBe(1);
    addInterview(after);
    expect(after.prepare('SELECT company, role, status FROM opportunities').all()).toEqual([
      { company: 'Northwind Traders', role: 'Analyst', status: 'active' },
    ]);
    expect(() => after.prepare("UPDATE opportunities SET status = 'maybe' WHERE id = ?").run(O1)).toThrow(/CHECK/);
    expect(() =>
      after
        .prepare("INSERT INTO interviews (id, opportunity_id, date, created_at, updated_at) VALUES ('x', 'no such opportunity', '2026-03-02', ?, ?)")
        .run(AT, AT),
    ).toThrow(/FOREIGN KEY/);
    after.prepare('DELETE FROM opportunities WHERE id = ?').run(O1);
    expect(after.prepare('SELECT id FROM interviews WHERE id = ?').all(I1)).toEqual([]);
    after.close();
  });
});
