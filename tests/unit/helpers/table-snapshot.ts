import Database from 'better-sqlite3';
import { DERIVED_TABLES } from '../../../electron/core/db/derived-tables';

/**
 * Every row of every table of a database file, read through its own read-only connection:
 * what "the data is unchanged" means when a test compares before and after.
 */
export function tableSnapshot(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all();
    return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
  } finally {
    db.close();
  }
}

/**
 * Every row of the tables the user's data lives in: the snapshot without the derived tables
 * (kept plans, search text), which an export leaves out and the core computes again when
 * asked, so two folders holding the same data can differ there.
 */
export function userDataSnapshot(file: string): Record<string, unknown[]> {
  return Object.fromEntries(Object.entries(tableSnapshot(file)).filter(([name]) => !DERIVED_TABLES.includes(name)));
}
