import type { Migration } from './migration';

/**
 * A folded company key (filled in by the people repository with the same fold the UI
 * uses; SQLite's lower() only folds ASCII), indexed for "colleagues at this company", and
 * the guessed addresses the user has said are wrong, so they are never proposed again.
 * A participant taken off an interview keeps the opportunity roles that went with them,
 * so undo puts those back.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'people: company key, dismissed guesses, roles kept for undo',
  up: `
    ALTER TABLE people ADD COLUMN company_key TEXT NOT NULL DEFAULT '';
    -- Lower-case addresses, one per line.
    ALTER TABLE people ADD COLUMN dismissed_emails TEXT NOT NULL DEFAULT '';
    DROP INDEX people_by_company;
    CREATE INDEX people_by_company_key ON people(company_key) WHERE deleted_at IS NULL;
    -- Roles (comma-separated) dropped when this was the person's last interview in the opportunity.
    ALTER TABLE interview_participants ADD COLUMN removed_roles TEXT NOT NULL DEFAULT '';
  `,
};
