import type { Migration } from './migration';

/**
 * A folded company key (filled in by the people repository with the same fold the UI
 * uses; SQLite's lower() only folds ASCII), indexed for "colleagues at this company", and
 * the guessed addresses the user has said are wrong, so they are never proposed again.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'people: company key and dismissed guesses',
  up: `
    ALTER TABLE people ADD COLUMN company_key TEXT NOT NULL DEFAULT '';
    -- Lower-case addresses, one per line.
    ALTER TABLE people ADD COLUMN dismissed_emails TEXT NOT NULL DEFAULT '';
    DROP INDEX people_by_company;
    CREATE INDEX people_by_company_key ON people(company_key) WHERE deleted_at IS NULL;
  `,
};
