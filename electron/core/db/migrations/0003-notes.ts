import type { Migration } from './migration';

/**
 * One row per note: the email or the letter to one person for one interview. Status
 * timestamps are kept when a note goes back to draft, as a record of what happened.
 * Templates the user wrote or edited live here; the built-in ones live in code.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'notes and note templates',
  up: `
    CREATE TABLE notes (
      id TEXT PRIMARY KEY,
      interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
      person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('email', 'letter')),
      subject TEXT NOT NULL DEFAULT '',
      body TEXT NOT NULL DEFAULT '',
      card_draft TEXT NOT NULL DEFAULT '',
      template_id TEXT,
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'ready', 'sent', 'printed', 'mailed')),
      ready_at TEXT,
      sent_at TEXT,
      printed_at TEXT,
      mailed_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (interview_id, person_id, kind)
    ) STRICT;
    CREATE INDEX notes_by_person ON notes(person_id);

    CREATE TABLE note_templates (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('email', 'letter')),
      stage TEXT NOT NULL CHECK (stage IN ('thank-you', 'feedback', 'follow-up')),
      subject TEXT NOT NULL DEFAULT '',
      body TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `,
};
