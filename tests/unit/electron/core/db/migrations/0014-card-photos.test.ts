import { describe, expect, it } from 'vitest';
import { addInterview, addNote, addPeople, AT, migratedKeepingData, P1, P2 } from './migration-steps';

describe('migration 0014: card photos', () => {
  it('keeps every row as it was, and a card photo belongs to its person and goes with them', () => {
    const after = migratedKeepingData(14, (db) => {
      addInterview(db);
      addPeople(db);
      addNote(db);
    });
    const insert = after.prepare(
      'INSERT INTO card_photos (id, person_id, side, source, jpeg, width, height, reading, created_at) VALUES (?, ?, ?, ?, ?, 10, 6, ?, ?)',
    );
    const jpeg = Buffer.from([0xff, 0xd8, 0xff]);
    insert.run('c1', P1, 'front', 'scan', jpeg, '{}', AT);
    insert.run('c2', P2, 'back', 'scan', jpeg, '{}', AT);
    insert.run('c3', P1, 'front', 'contact file', jpeg, null, AT);
    // No photo without its person, no empty photo, no third side, no other source.
    expect(() => insert.run('c4', 'nobody', 'front', 'scan', jpeg, '{}', AT)).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('c5', P1, 'front', 'scan', Buffer.alloc(0), '{}', AT)).toThrow(/CHECK/);
    expect(() => insert.run('c6', P1, 'inside', 'scan', jpeg, '{}', AT)).toThrow(/CHECK/);
    expect(() => insert.run('c7', P1, 'front', 'web', jpeg, null, AT)).toThrow(/CHECK/);
    // A scanned card has its reading; a contact file's photo has none.
    expect(() => insert.run('c8', P1, 'front', 'scan', jpeg, null, AT)).toThrow(/CHECK/);
    expect(() => insert.run('c9', P1, 'front', 'contact file', jpeg, '{}', AT)).toThrow(/CHECK/);
    after.prepare('DELETE FROM people WHERE id = ?').run(P1);
    expect(after.prepare('SELECT id FROM card_photos').all()).toEqual([{ id: 'c2' }]);
    after.close();
  });
});
