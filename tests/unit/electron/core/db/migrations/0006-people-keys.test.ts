import { describe, expect, it } from 'vitest';
import { addInterview, addPeople, migratedKeepingData } from './migration-steps';

describe('migration 0006: company keys, dismissed guesses, roles kept for undo', () => {
  it('keeps every person and participant as they were, with the new columns empty and colleagues found by key', () => {
    const after = migratedKeepingData(6, (db) => {
      addInterview(db);
      addPeople(db);
    });
    expect(after.prepare('SELECT DISTINCT company_key, dismissed_emails FROM people').all()).toEqual([{ company_key: '', dismissed_emails: '' }]);
    expect(after.prepare('SELECT removed_roles FROM interview_participants').all()).toEqual([{ removed_roles: '' }]);
    const indexes = (after.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'people'").all() as Array<{ name: string }>).map(
      (i) => i.name,
    );
    expect(indexes).toContain('people_by_company_key');
    expect(indexes).not.toContain('people_by_company');
    after.close();
  });
});
