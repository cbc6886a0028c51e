import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/migration';

/** 'AfWd' — lets tools (and us) tell an Afterword database from any other SQLite file. */
export const APPLICATION_ID = 0x41665764;

export type Db = Database.Database;

export class DatabaseRefusedError extends Error {}

export const DATABASE_FILE = 'afterword.sqlite';

/**
 * Opens (creating if needed) the database in dataDir and brings its schema up to date.
 * A file that belongs to another program, or was written by a newer Afterword, is refused
 * untouched: refusing is safe, guessing is not.
 */
export function openDatabase(dataDir: string, migrations: readonly Migration[] = allMigrations): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE);
  const db = new Database(file);
  try {
    checkOwnership(db, file, migrations.length);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function checkOwnership(db: Db, file: string, latest: number): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
  const isEmpty = tables.n === 0 && version === 0;
  if (!isEmpty && appId !== APPLICATION_ID) {
    throw new DatabaseRefusedError(`${file} is not an Afterword database. Afterword left it unchanged.`);
  }
  if (version > latest) {
    throw new DatabaseRefusedError(
      `${file} was written by a newer version of Afterword (data version ${version}; this version understands up to ${latest}). ` +
        'Please update Afterword. The file was left unchanged.',
    );
  }
}

/** Each migration runs in its own transaction together with its user_version bump. */
export function migrate(db: Db, migrations: readonly Migration[]): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      if (typeof migration.up === 'string') db.exec(migration.up);
      else migration.up(db);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
