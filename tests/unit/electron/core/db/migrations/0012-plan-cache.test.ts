import { describe, expect, it } from 'vitest';
import { DERIVED_TABLES } from '../../../../../../electron/core/db/derived-tables';
import { addInterview, addPeople, I1, migratedKeepingData } from './migration-steps';

describe('migration 0012: plan cache', () => {
  it('adds the derived plan tables, empty, and keeps every row', () => {
    const db = migratedKeepingData(12, (before) => {
      addInterview(before);
      addPeople(before);
    });
    for (const table of DERIVED_TABLES.filter((t) => t.startsWith('plan_cache')))
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    // The triggers are in place: a kept plan goes when its interview moves.
    db.prepare("INSERT INTO plan_cache (interview_id, opportunity_id, interview_date, plan) SELECT id, opportunity_id, date, '{}' FROM interviews").run();
    db.prepare("UPDATE interviews SET date = '2026-04-01' WHERE id = ?").run(I1);
    expect(db.prepare('SELECT count(*) AS n FROM plan_cache').get()).toEqual({ n: 0 });
    db.close();
  });
});
