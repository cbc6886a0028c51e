import type { Db } from '../db/open-database';

/** Search kept ready (migration 0013): each person's searchable text, folded once; derived data the triggers there keep in step. */
export function createPeopleSearchRepository(db: Db) {
  const counted = db.prepare<[], { short: number }>('SELECT (SELECT count(*) FROM people) - (SELECT count(*) FROM people_search) AS short');
  const missing = db.prepare<[], { id: string }>('SELECT p.id FROM people p WHERE NOT EXISTS (SELECT 1 FROM people_search s WHERE s.person_id = p.id)');
  const upsert = db.prepare(
    `INSERT OR REPLACE INTO people_search (person_id, folded, family_name, given_name, full_name, deleted)
     SELECT id, @folded, family_name, given_name, full_name, deleted_at IS NOT NULL FROM people WHERE id = @personId`,
  );
  const finders = new Map<number, ReturnType<typeof db.prepare<unknown[], { id: string }>>>();

  /** People whose folded text holds every word, in the People list's order (family name, given name). */
  function finder(words: number) {
    let found = finders.get(words);
    if (!found) {
      const every = Array.from({ length: words }, () => 'instr(s.folded, ?) > 0').join(' AND ');
      found = db.prepare<unknown[], { id: string }>(
        `SELECT s.person_id AS id FROM people_search s
          WHERE s.deleted = 0 AND ${every} ORDER BY s.family_name COLLATE NOCASE, s.given_name COLLATE NOCASE, s.full_name LIMIT ?`,
      );
      finders.set(words, found);
    }
    return found;
  }

  return {
    /** People with no folded text kept: a count first, so the usual answer (none) costs two counts. */
    missing: (): string[] => (counted.get()!.short === 0 ? [] : missing.all().map((r) => r.id)),
    store: db.transaction((rows: ReadonlyArray<{ personId: string; folded: string }>): void => {
      for (const r of rows) upsert.run(r);
    }),
    find: (words: readonly string[], limit: number): string[] =>
      finder(words.length)
        .all(...words, limit)
        .map((r) => r.id),
  };
}

export type PeopleSearchRepository = ReturnType<typeof createPeopleSearchRepository>;
