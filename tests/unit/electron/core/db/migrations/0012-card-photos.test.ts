import { describe, expect, it } from 'vitest';
import { addInterview, addNote, addPeople, AT, migratedKeepingData, P1, P2 } from './migration-steps';

describe('migration 0012: card photos', () => {
  it('keeps every row as it was, and a card photo belongs to its person and goes with them', () => {
    const after = migratedKeepingData(12, (db) => {
      addInterview(db);
      addPeople(db);
      addNote(db);
    });
    const insert = after.prepare('INSERT INTO card_photos (id, person_id, side, jpeg, width, height, created_at) VALUES (?, ?, ?, ?, 10, 6, ?)');
    insert.run('c1', P1, 'front', Buffer.from([0xff, 0xd8, 0xff]), AT);
    insert.run('c2', P2, 'back', Buffer.from([0xff, 0xd8, 0xff]), AT);
    expect(after.prepare('SELECT reading FROM card_photos WHERE id = ?').get('c1')).toEqual({ reading: '{}' });
    // No photo without its person, no empty photo, no third side.
    expect(() => insert.run('c3', 'nobody', 'front', Buffer.from([1]), AT)).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('c4', P1, 'front', Buffer.alloc(0), AT)).toThrow(/CHECK/);
    expect(() => insert.run('c5', P1, 'inside', Buffer.from([1]), AT)).toThrow(/CHECK/);
    after.prepare('DELETE FROM people WHERE id = ?').run(P1);
    expect(after.prepare('SELECT id FROM card_photos').all()).toEqual([{ id: 'c2' }]);
    after.close();
  });
});
