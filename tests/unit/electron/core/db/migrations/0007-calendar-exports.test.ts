import { describe, expect, it } from 'vitest';
import { addInterview, addPeople, AT, migratedKeepingData, O1 } from './migration-steps';

describe('migration 0007: the record of exported calendar events', () => {
  it('keeps everything written so far and remembers each exported event by its UID', () => {
    const after = migratedKeepingData(7, (db) => {
      addInterview(db);
      addPeople(db);
      db.prepare("UPDATE people SET company_key = 'northwind traders'").run();
    });
    const record = after.prepare(
      "INSERT INTO calendar_exports (uid, opportunity_id, sequence, fingerprint, event, exported_at) VALUES ('i.review@afterword', ?, 0, 'f', '{}', ?)",
    );
    record.run(O1, AT);
    expect(() => record.run(O1, AT)).toThrow(/UNIQUE/);
    expect(after.prepare('SELECT cancelled FROM calendar_exports').all()).toEqual([{ cancelled: 0 }]);
    after.close();
  });
});
