import type { Migration } from './migration';

/**
 * People (one row each, reused across interviews and opportunities), their part in each
 * interview with the user's notes, and their roles per opportunity. Deletes are soft
 * (deleted_at / removed_at) so the user can undo them.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'people, interview participants and roles',
  up: `
    CREATE TABLE people (
      id TEXT PRIMARY KEY,
      full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
      given_name TEXT NOT NULL DEFAULT '',
      family_name TEXT NOT NULL DEFAULT '',
      title TEXT NOT NULL DEFAULT '',
      company TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      email_status TEXT NOT NULL DEFAULT 'none' CHECK (email_status IN ('none', 'confirmed', 'guessed')),
      email_evidence TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      -- NULL when no address was entered; otherwise street lines joined by newlines.
      address_lines TEXT,
      address_city TEXT NOT NULL DEFAULT '',
      address_region TEXT NOT NULL DEFAULT '',
      address_postal_code TEXT NOT NULL DEFAULT '',
      address_country TEXT NOT NULL DEFAULT '',
      website TEXT NOT NULL DEFAULT '',
      linkedin TEXT NOT NULL DEFAULT '',
      card_collected INTEGER NOT NULL DEFAULT 0 CHECK (card_collected IN (0, 1)),
      deleted_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX people_by_company ON people(company COLLATE NOCASE) WHERE deleted_at IS NULL;
    CREATE INDEX people_by_email ON people(email COLLATE NOCASE) WHERE deleted_at IS NULL AND email <> '';

    CREATE TABLE interview_participants (
      interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
      person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
      topics TEXT NOT NULL DEFAULT '',
      learned TEXT NOT NULL DEFAULT '',
      role_plan TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL,
      removed_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (interview_id, person_id)
    ) STRICT;
    CREATE INDEX participants_by_person ON interview_participants(person_id);

    CREATE TABLE opportunity_people (
      opportunity_id TEXT NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
      person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
      role TEXT NOT NULL CHECK (role IN ('interviewer', 'hiring-manager', 'recruiter')),
      PRIMARY KEY (opportunity_id, person_id, role)
    ) STRICT;
    CREATE INDEX opportunity_people_by_person ON opportunity_people(person_id);
  `,
};
