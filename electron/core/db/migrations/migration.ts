import type Database from 'better-sqlite3';

export interface Migration {
  /** Becomes PRAGMA user_version once applied; numbered without gaps from 1. */
  version: number;
  name: string;
  /**
   * SQL, or a function for what SQL cannot do alone (a fold written in JS, say). Either
   * runs inside the migration's one transaction, with the user_version bump.
   */
  up: string | ((db: Database.Database) => void);
}
