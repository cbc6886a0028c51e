import type { Migration } from './migration';

/**
 * What each exported calendar event last looked like, by UID: a changed event gets the next
 * SEQUENCE (calendars only take an update with a higher one), and a step that no longer
 * exists can be exported as CANCELLED with the dates it had. No foreign key: the record
 * must outlive a deleted interview, which is exactly when its events must be cancelled.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'calendar-exports',
  up: `
    CREATE TABLE calendar_exports (
      uid TEXT PRIMARY KEY,
      opportunity_id TEXT NOT NULL,
      sequence INTEGER NOT NULL,
      fingerprint TEXT NOT NULL,
      event TEXT NOT NULL,
      cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
      exported_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX calendar_exports_by_opportunity ON calendar_exports(opportunity_id);
  `,
};
