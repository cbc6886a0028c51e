import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/migration';

/** 'AfWd' — lets tools (and us) tell an Afterword database from any other SQLite file. */
export const APPLICATION_ID = 0x41665764;

export type Db = Database.Database;

/** A file Afterword will not open: another program's, or a newer Afterword's. It is left untouched. */
export class DatabaseRefusedError extends Error {
  constructor(
    readonly reason: 'not-afterword' | 'newer',
    message: string,
  ) {
    super(message);
  }
}

/** The file is SQLite, but PRAGMA integrity_check finds it damaged. */
export class DatabaseDamagedError extends Error {
  constructor(
    file: string,
    readonly problems: string[],
  ) {
    super(`${file} is damaged: SQLite's integrity check found ${problems.length === 1 ? 'a problem' : 'problems'} (${problems.slice(0, 3).join('; ')}).`);
  }
}

/** A migration failed; its transaction was rolled back, so the file is as it was before it. */
export class MigrationFailedError extends Error {
  constructor(
    readonly migration: Migration,
    override readonly cause: unknown,
  ) {
    super(
      `Updating the data to version ${migration.version} (${migration.name}) failed: ${cause instanceof Error ? cause.message : String(cause)}. The data was left as it was before the update.`,
    );
  }
}

export const DATABASE_FILE = 'afterword.sqlite';

export function databaseFile(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE);
}

/** The database file and the two files SQLite keeps beside it in WAL mode. */
export function databaseFiles(dataDir: string): string[] {
  const file = databaseFile(dataDir);
  return [file, `${file}-wal`, `${file}-shm`];
}

/**
 * A database opened and checked but not yet migrated, so a backup can be taken first: the
 * caller runs `migrate` (or closes `db`). `pending` is how many migrations are still to run
 * on data that already exists (0 for a new file, which has nothing to back up).
 */
export interface CheckedDatabase {
  db: Db;
  version: number;
  pending: number;
}

/**
 * Opens (creating if needed) the database in dataDir and checks it: a file that belongs to
 * another program, or was written by a newer Afterword, is refused untouched (refusing is
 * safe, guessing is not); a file that is not SQLite or fails PRAGMA integrity_check is
 * reported as damaged before anything writes to it.
 */
export function openChecked(dataDir: string, migrations: readonly Migration[] = allMigrations): CheckedDatabase {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = databaseFile(dataDir);
  const db = new Database(file);
  try {
    const version = checkOwnership(db, file, migrations.length);
    checkIntegrity(db, file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    return { db, version, pending: version === 0 ? 0 : migrations.filter((m) => m.version > version).length };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Opens, checks and migrates in one go, for everything that needs no backup in between. */
export function openDatabase(dataDir: string, migrations: readonly Migration[] = allMigrations): Db {
  const { db } = openChecked(dataDir, migrations);
  try {
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function checkOwnership(db: Db, file: string, latest: number): number {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
  const isEmpty = tables.n === 0 && version === 0;
  if (!isEmpty && appId !== APPLICATION_ID) {
    throw new DatabaseRefusedError('not-afterword', `${file} is not an Afterword database. Afterword left it unchanged.`);
  }
  if (version > latest) {
    throw new DatabaseRefusedError(
      'newer',
      `${file} was written by a newer version of Afterword (data version ${version}; this version understands up to ${latest}). ` +
        'Please update Afterword. The file was left unchanged.',
    );
  }
  return version;
}

/** PRAGMA integrity_check's findings as single lines, without its '*** in database main ***' headings. */
export function integrityLines(problems: readonly string[]): string[] {
  return problems.flatMap((p) => p.split('\n')).filter((line) => line.trim() !== '' && !line.startsWith('***'));
}

/** The whole file, every page and index, before anything writes to it. */
function checkIntegrity(db: Db, file: string): void {
  const rows = db.pragma('integrity_check(20)') as Array<Record<string, string>>;
  const problems = rows.map((r) => String(Object.values(r)[0]));
  if (problems.length !== 1 || problems[0] !== 'ok') {
    throw new DatabaseDamagedError(file, integrityLines(problems));
  }
}

/** Each migration runs in its own transaction together with its user_version bump. */
export function migrate(db: Db, migrations: readonly Migration[]): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    try {
      db.transaction(() => {
        if (typeof migration.up === 'string') db.exec(migration.up);
        else migration.up(db);
        db.pragma(`application_id = ${APPLICATION_ID}`);
        db.pragma(`user_version = ${migration.version}`);
      })();
    } catch (error) {
      throw new MigrationFailedError(migration, error);
    }
  }
}
