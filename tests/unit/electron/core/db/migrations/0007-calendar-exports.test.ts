import { describe, expect, it } from 'vitest';
import { addInterview, addPeople, AT, contents, migratedTo, O1, schemaBefore } from './migration-steps';

describe('migration 0007: the record of exported calendar events', () => {
  it('keeps everything written so far and remembers each exported event by its UID', () => {
    const { dir, db: before } = schemaBefore(7);
    addInterview(before);
    addPeople(before);
    before.prepare("UPDATE people SET company_key = 'northwind traders'").run();
    const was = contents(before);
    before.close();

    const after = migratedTo(dir, 7);
    expect(after.pragma('user_version', { simple: true })).toBe(7);
    expect(contents(after, was)).toEqual(was);
    const record = after.prepare("INSERT INTO calendar_exports (uid, opportunity_id, sequence, fingerprint, event, exported_at) VALUES ('i.review@afterword', ?, 0, 'f', '{}', ?)");
    record.run(O1, AT);
    expect(() => record.run(O1, AT)).toThrow(/UNIQUE/);
    expect(after.prepare('SELECT cancelled FROM calendar_exports').all()).toEqual([{ cancelled: 0 }]);
    after.close();
  });
});
