import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../../electron/core/db/open-database';
import { migrations } from '../../../../../../electron/core/db/migrations';
import { tempDir } from '../../../../helpers/temp-dir';

describe('migration 0010: card photos', () => {
  it('keeps everyone, and a card photo belongs to its person and goes with them', () => {
    const dir = tempDir();
    const before = openDatabase(dir, migrations.slice(0, 9));
    before
      .prepare("INSERT INTO people (id, full_name, created_at, updated_at) VALUES ('p1', 'Zoë Müller', '2026-03-01T10:00:00Z', '2026-03-01T10:00:00Z')")
      .run();
    before.close();

    const after = openDatabase(dir, migrations.slice(0, 10));
    expect(after.pragma('user_version', { simple: true })).toBe(10);
    expect(after.prepare('SELECT full_name FROM people').all()).toEqual([{ full_name: 'Zoë Müller' }]);
    const insert = after.prepare("INSERT INTO card_photos (id, person_id, side, jpeg, width, height, created_at) VALUES (?, ?, 'front', ?, 10, 6, 'now')");
    insert.run('c1', 'p1', Buffer.from([0xff, 0xd8, 0xff]));
    // No photo without its person, and no empty photo.
    expect(() => insert.run('c2', 'nobody', Buffer.from([1]))).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('c3', 'p1', Buffer.alloc(0))).toThrow(/CHECK/);
    after.prepare("DELETE FROM people WHERE id = 'p1'").run();
    expect(after.prepare('SELECT count(*) AS n FROM card_photos').get()).toEqual({ n: 0 });
    after.close();
  });
});
