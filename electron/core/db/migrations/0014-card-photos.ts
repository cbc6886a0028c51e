import type { Migration } from './migration';

/**
 * The photo of a person's business card ("card collected"), kept with them: the card cut
 * out and upright as a JPEG, which side it is, and what was read from it (JSON, so every
 * phone number and line on the card stays at hand even where the person has one field).
 * A photo that came with an imported contact file (a vCard's PHOTO) is kept here too, as
 * a JPEG, with nothing read from it.
 */
export const migration0014: Migration = {
  version: 14,
  name: 'card-photos',
  up: `
    CREATE TABLE card_photos (
      id TEXT PRIMARY KEY,
      person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
      side TEXT NOT NULL CHECK (side IN ('front', 'back')),
      jpeg BLOB NOT NULL CHECK (length(jpeg) > 0),
      width INTEGER NOT NULL CHECK (width > 0),
      height INTEGER NOT NULL CHECK (height > 0),
      source TEXT NOT NULL DEFAULT 'scan' CHECK (source IN ('scan', 'contact file')),
      reading TEXT CHECK ((source = 'scan') = (reading IS NOT NULL)),
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX card_photos_by_person ON card_photos(person_id, created_at);
  `,
};
