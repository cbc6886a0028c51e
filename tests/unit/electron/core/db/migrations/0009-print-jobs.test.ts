import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../../electron/core/db/open-database';
import { migrations } from '../../../../../../electron/core/db/migrations';
import { tempDir } from '../../../../helpers/temp-dir';

describe('migration 0009: print jobs', () => {
  it('keeps every queue row as it was and lets an item be printing, with its job', () => {
    const dir = tempDir();
    const before = openDatabase(dir, migrations.slice(0, 8));
    const insert = before.prepare(
      `INSERT INTO print_queue (id, kind, position, json, status, last_error, printed_at, created_at, updated_at)
       VALUES (?, ?, ?, '{"kind":"envelope"}', ?, ?, ?, '2026-03-01T10:00:00Z', '2026-03-01T10:00:00Z')`,
    );
    insert.run('a', 'envelope', 1, 'queued', 'Printing to "X" failed', null);
    insert.run('b', 'letter', 2, 'printed', null, '2026-03-02T09:00:00Z');
    expect(() => before.prepare("UPDATE print_queue SET status = 'printing' WHERE id = 'a'").run()).toThrow(/CHECK/);
    const rows = before.prepare('SELECT id, kind, position, json, status, last_error, printed_at, created_at, updated_at FROM print_queue ORDER BY id').all();
    before.close();

    const after = openDatabase(dir, migrations.slice(0, 9));
    expect(after.pragma('user_version', { simple: true })).toBe(9);
    expect(after.prepare('SELECT id, kind, position, json, status, last_error, printed_at, created_at, updated_at FROM print_queue ORDER BY id').all()).toEqual(
      rows,
    );
    expect(after.prepare('SELECT job_id, job_state FROM print_queue').all()).toEqual([
      { job_id: null, job_state: null },
      { job_id: null, job_state: null },
    ]);
    // Printing needs the job it was sent as.
    expect(() => after.prepare("UPDATE print_queue SET status = 'printing' WHERE id = 'a'").run()).toThrow(/CHECK/);
    after.prepare("UPDATE print_queue SET status = 'printing', job_printer = 'PDF', job_id = 'PDF-3', job_sent_at = 'now' WHERE id = 'a'").run();
    expect(after.prepare("SELECT id FROM print_queue WHERE status = 'printing'").all()).toEqual([{ id: 'a' }]);
    after.close();
  });
});
