import { describe, expect, it } from 'vitest';
import { addInterview, addPeople, contents, migratedTo, schemaBefore } from './migration-steps';

describe('migration 0006: company keys, dismissed guesses, roles kept for undo', () => {
  it('keeps every person and participant as they were, with the new columns empty and colleagues found by key', () => {
    const { dir, db: before } = schemaBefore(6);
    addInterview(before);
    addPeople(before);
    const was = contents(before);
    before.close();

    const after = migratedTo(dir, 6);
    expect(after.pragma('user_version', { simple: true })).toBe(6);
    expect(contents(after, was)).toEqual(was);
    expect(after.prepare('SELECT DISTINCT company_key, dismissed_emails FROM people').all()).toEqual([{ company_key: '', dismissed_emails: '' }]);
    expect(after.prepare('SELECT removed_roles FROM interview_participants').all()).toEqual([{ removed_roles: '' }]);
    const indexes = (after.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'people'").all() as Array<{ name: string }>).map((i) => i.name);
    expect(indexes).toContain('people_by_company_key');
    expect(indexes).not.toContain('people_by_company');
    after.close();
  });
});
