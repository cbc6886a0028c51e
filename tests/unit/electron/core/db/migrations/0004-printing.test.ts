import { describe, expect, it } from 'vitest';
import { addInterview, addNote, addPeople, AT, migratedKeepingData } from './migration-steps';

describe('migration 0004: settings, print queue and printer offsets', () => {
  it('keeps everything written so far and adds one settings record, a queue and offsets per printer', () => {
    const after = migratedKeepingData(4, (db) => {
      addInterview(db);
      addPeople(db);
      addNote(db);
    });
    after.prepare("INSERT INTO settings (id, json, updated_at) VALUES (1, '{}', ?)").run(AT);
    expect(() => after.prepare("INSERT INTO settings (id, json, updated_at) VALUES (2, '{}', ?)").run(AT)).toThrow(/CHECK/);
    after.prepare("INSERT INTO print_queue (id, kind, position, json, created_at, updated_at) VALUES ('q1', 'envelope', 1, '{}', ?, ?)").run(AT, AT);
    expect(after.prepare('SELECT status FROM print_queue').all()).toEqual([{ status: 'queued' }]);
    after.prepare("INSERT INTO printer_offsets (printer, x_mm, y_mm, updated_at) VALUES ('PDF', 1.5, -2, ?)").run(AT);
    expect(after.prepare('SELECT x_mm, y_mm FROM printer_offsets').get()).toEqual({ x_mm: 1.5, y_mm: -2 });
    after.close();
  });
});
