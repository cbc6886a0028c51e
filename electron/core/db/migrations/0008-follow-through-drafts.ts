import type { Migration } from './migration';

/**
 * Follow-through's one-off notes (the feedback request after a rejection, the follow-up
 * note to a large company): the draft as the user edited it, one per interview and kind,
 * and a log of each hand-off to the mail app, so typed text survives a tab switch or a
 * restart and the user can see when a note went out.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'follow-through-drafts',
  up: `
    CREATE TABLE follow_through_drafts (
      interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
      stage TEXT NOT NULL CHECK (stage IN ('feedback', 'follow-up')),
      person_id TEXT,
      subject TEXT NOT NULL DEFAULT '',
      body TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL,
      PRIMARY KEY (interview_id, stage)
    ) STRICT;

    CREATE TABLE follow_through_draft_sends (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
      stage TEXT NOT NULL,
      sent_to TEXT NOT NULL,
      subject TEXT NOT NULL,
      at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX follow_through_draft_sends_by_draft ON follow_through_draft_sends(interview_id, stage, id);
  `,
};
