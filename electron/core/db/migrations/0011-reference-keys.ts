import type { Migration } from './migration';

/**
 * A follow-through draft's "To" person points at a row of people, checked by the database
 * like every other reference: a draft can no longer name someone who does not exist, and
 * deleting the person clears the draft's "To" instead of leaving it pointing nowhere. The
 * table is rebuilt (SQLite cannot add a key to a column); a draft whose person was already
 * gone keeps its text and loses only the "To", which the user picks again.
 *
 * The other ids that point at rows without a key stay as they are, each checked where it is
 * written: notes.template_id can name a built-in template (not a row), the print queue keeps
 * a snapshot that must outlive the note it was made from, and calendar_exports must outlive
 * its opportunity to cancel the events.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'reference-keys',
  up: `
    CREATE TABLE follow_through_drafts_keyed (
      interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
      stage TEXT NOT NULL CHECK (stage IN ('feedback', 'follow-up')),
      person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
      subject TEXT NOT NULL DEFAULT '',
      body TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL,
      PRIMARY KEY (interview_id, stage)
    ) STRICT;
    INSERT INTO follow_through_drafts_keyed (interview_id, stage, person_id, subject, body, updated_at)
      SELECT d.interview_id, d.stage, p.id, d.subject, d.body, d.updated_at
      FROM follow_through_drafts d LEFT JOIN people p ON p.id = d.person_id;
    DROP TABLE follow_through_drafts;
    ALTER TABLE follow_through_drafts_keyed RENAME TO follow_through_drafts;
  `,
};
