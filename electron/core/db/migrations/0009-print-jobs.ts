import type { Migration } from './migration';

/**
 * An item is printed only once the print service says its job is done, so between "sent"
 * and "printed" it is 'printing', with the job it was sent as. SQLite cannot widen a CHECK
 * constraint in place, so the table is rebuilt with its rows.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'print-jobs',
  up: `
    CREATE TABLE print_queue_next (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('letter', 'envelope', 'labels')),
      position REAL NOT NULL,
      json TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'printing', 'printed')),
      last_error TEXT,
      printed_at TEXT,
      job_printer TEXT,
      job_id TEXT,
      job_sent_at TEXT,
      job_state TEXT,
      job_detail TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (status <> 'printing' OR job_id IS NOT NULL)
    ) STRICT;
    INSERT INTO print_queue_next (id, kind, position, json, status, last_error, printed_at, created_at, updated_at)
      SELECT id, kind, position, json, status, last_error, printed_at, created_at, updated_at FROM print_queue;
    DROP TABLE print_queue;
    ALTER TABLE print_queue_next RENAME TO print_queue;
    CREATE INDEX print_queue_by_position ON print_queue(position);
    CREATE INDEX print_queue_printing ON print_queue(status) WHERE status = 'printing';
  `,
};
