import { describe, expect, it } from 'vitest';
import { addInterview, addPeople, I1, migratedKeepingData, P1 } from './migration-steps';

describe('migration 0013: people search', () => {
  it('adds the derived search table, empty, whose rows go when what they hold changes, and keeps every row', () => {
    const db = migratedKeepingData(13, (before) => {
      addInterview(before);
      addPeople(before);
    });
    expect(db.prepare('SELECT count(*) AS n FROM people_search').get()).toEqual({ n: 0 });
    db.prepare("INSERT INTO people_search (person_id, folded, family_name, given_name, full_name, deleted) SELECT id, '', '', '', '', 0 FROM people").run();
    db.prepare("UPDATE interview_participants SET learned = 'a new thing' WHERE interview_id = ? AND person_id = ?").run(I1, P1);
    expect(db.prepare('SELECT person_id FROM people_search WHERE person_id = ?').get(P1)).toBeUndefined();
    expect(db.prepare('SELECT count(*) AS n FROM people_search').get()).toEqual({ n: 1 });
    db.close();
  });
});
