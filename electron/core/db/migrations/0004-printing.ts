import type { Migration } from './migration';

/**
 * Settings are one JSON document (validated by the shared schema on every read), so a new
 * preference needs no migration. Queue items keep a snapshot of what they print, so the
 * queue never depends on how other parts store people or notes.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'settings, print queue, printer offsets',
  up: `
    CREATE TABLE settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      json TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE print_queue (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('letter', 'envelope', 'labels')),
      position REAL NOT NULL,
      json TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'printed')),
      last_error TEXT,
      printed_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX print_queue_by_position ON print_queue(position);

    CREATE TABLE printer_offsets (
      printer TEXT PRIMARY KEY,
      x_mm REAL NOT NULL,
      y_mm REAL NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `,
};
