import { describe, expect, it } from 'vitest';
import { addInterview, addPeople, contents, migratedTo, P1, P2, schemaBefore } from './migration-steps';

describe('migration 0010: company keys filled in', () => {
  it('gives every person the key of their company, folded as the app folds it, and changes nothing else', () => {
    const { dir, db: before } = schemaBefore(10);
    addInterview(before);
    addPeople(before);
    // As after migration 0006: one key still empty, one already right.
    before.prepare("UPDATE people SET company_key = 'northwind traders' WHERE id = ?").run(P1);
    const was = contents(before);
    before.close();

    const after = migratedTo(dir, 10);
    expect(after.pragma('user_version', { simple: true })).toBe(10);
    expect(after.prepare('SELECT id, company_key FROM people ORDER BY id').all()).toEqual([
      { id: P1, company_key: 'northwind traders' },
      { id: P2, company_key: 'electricite sa' },
    ]);
    const withoutKeys = (c: ReturnType<typeof contents>) => ({
      ...c,
      people: { ...c.people!, rows: c.people!.rows.map((r) => JSON.stringify({ ...JSON.parse(r), company_key: null })).sort() },
    });
    expect(withoutKeys(contents(after, was))).toEqual(withoutKeys(was));
    after.close();
  });
});
