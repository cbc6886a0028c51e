import type { Migration } from './migration';

/**
 * The People view read in order (an index), and search kept ready: each person's name, company, title, email and everything noted about
 * them at any interview, folded once the way search compares text (case and accents
 * ignored; shared/domain/search-fold.ts), so a query only scans short strings in SQLite
 * instead of folding every note of every person again for each keystroke.
 *
 * Derived data (see derived-tables.ts), kept as the plan cache is: a change to anything
 * searched deletes that person's row in the same transaction, and the core folds what is
 * missing at the next search. SQLite's FTS5 is compiled into better-sqlite3 and was
 * considered; its trigram index cannot find words of one or two letters (王, "Li") and
 * folds letters its own way, where this keeps the search's meaning exactly: every word of
 * the query a substring of what is known about the person.
 */
export const migration0013: Migration = {
  version: 13,
  name: 'people search, and the People view in order',
  up: `
    -- The People view's order (repositories/people-repository.ts, directoryPage), so a page
    -- of it is read in order instead of sorting everyone each time. Not derived: an index.
    CREATE INDEX people_in_directory_order ON people(trim(company) = '', company_key, trim(company), family_name COLLATE NOCASE, given_name COLLATE NOCASE, full_name, id)
      WHERE deleted_at IS NULL;

    -- With what orders the hits (as People lists them) and whether the person is deleted, so a
    -- search reads this table alone.
    CREATE TABLE people_search (
      person_id TEXT PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
      folded TEXT NOT NULL,
      family_name TEXT NOT NULL,
      given_name TEXT NOT NULL,
      full_name TEXT NOT NULL,
      deleted INTEGER NOT NULL
    ) STRICT;

    CREATE TRIGGER people_search_person_changed AFTER UPDATE OF full_name, given_name, family_name, title, company, email, deleted_at ON people
    WHEN OLD.full_name IS NOT NEW.full_name OR OLD.given_name IS NOT NEW.given_name OR OLD.family_name IS NOT NEW.family_name OR OLD.title IS NOT NEW.title
      OR OLD.company IS NOT NEW.company OR OLD.email IS NOT NEW.email OR OLD.deleted_at IS NOT NEW.deleted_at
    BEGIN
      DELETE FROM people_search WHERE person_id = NEW.id;
    END;
    CREATE TRIGGER people_search_notes_added AFTER INSERT ON interview_participants BEGIN
      DELETE FROM people_search WHERE person_id = NEW.person_id;
    END;
    CREATE TRIGGER people_search_notes_changed AFTER UPDATE OF person_id, topics, learned, role_plan, notes, removed_at ON interview_participants
    WHEN OLD.person_id IS NOT NEW.person_id OR OLD.topics IS NOT NEW.topics OR OLD.learned IS NOT NEW.learned OR OLD.role_plan IS NOT NEW.role_plan
      OR OLD.notes IS NOT NEW.notes OR OLD.removed_at IS NOT NEW.removed_at
    BEGIN
      DELETE FROM people_search WHERE person_id IN (OLD.person_id, NEW.person_id);
    END;
    CREATE TRIGGER people_search_notes_removed AFTER DELETE ON interview_participants BEGIN
      DELETE FROM people_search WHERE person_id = OLD.person_id;
    END;
  `,
};
