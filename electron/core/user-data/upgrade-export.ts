import Database from 'better-sqlite3';
import { readExportTables, type ExportFile, type ExportHeader, type ReadOutcome } from '../../../shared/api/user-data/export-file';
import { exportTableNames, exportTables, type ExportTable } from '../../../shared/api/user-data/export-tables';
import { DERIVED_TABLES } from '../db/derived-tables';
import type { Migration } from '../db/migrations/migration';
import { migrate } from '../db/open-database';
import { readTable } from './read-everything';
import { parentsFirst } from './table-order';

/** A value as SQLite stores it: base64 back to bytes for a blob column. */
export function sqliteValue(value: unknown, columnType: string): unknown {
  return columnType === 'BLOB' && typeof value === 'string' ? Buffer.from(value, 'base64') : value;
}

/** SQLite's complaint, said for a person: a key to nothing is a reference the file cannot satisfy. */
export function rowProblem(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'it refers to a record that is not in the file';
  if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') return 'another record in the file has the same key';
  return error instanceof Error ? error.message : String(error);
}

/**
 * The rows of an export at the current data version, checked. An export from an older
 * Afterword is brought up to date by the same migrations the database takes: its rows go into
 * an in-memory database at its own version, which is then migrated and read back, and the
 * result is checked against today's schema like any current export.
 */
export function upgradeExport(header: ExportHeader, migrations: readonly Migration[]): ReadOutcome<ExportFile['tables']> {
  if (header.schemaVersion === migrations.length) return readExportTables(header.tables);
  const scratch = new Database(':memory:');
  try {
    migrate(scratch, migrations.slice(0, header.schemaVersion));
    scratch.pragma('foreign_keys = ON');
    const present = new Set(
      scratch
        .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table'")
        .all()
        .map((t) => t.name),
    );
    // Derived tables are never in an export (docs/export-format.md), whatever version had them.
    const unknown = Object.keys(header.tables).find((t) => !present.has(t) || t.startsWith('sqlite_') || DERIVED_TABLES.includes(t));
    if (unknown)
      return { ok: false, message: `The file has a table “${unknown}” that data version ${header.schemaVersion} did not have. Nothing was imported.` };
    for (const name of parentsFirst(scratch, Object.keys(header.tables))) {
      const types = new Map(
        scratch
          .prepare<[], { name: string; type: string }>(`PRAGMA table_info("${name}")`)
          .all()
          .map((c) => [c.name, c.type]),
      );
      const rows = header.tables[name]!;
      for (const [i, row] of rows.entries()) {
        const columns = Object.keys(row);
        const stranger = columns.find((c) => !types.has(c));
        if (stranger)
          return {
            ok: false,
            message: `Record ${i + 1} of ${name}: ${stranger} is not a column data version ${header.schemaVersion} had. Nothing was imported.`,
          };
        try {
          scratch
            .prepare(`INSERT INTO "${name}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
            .run(...columns.map((c) => sqliteValue(row[c], types.get(c)!)));
        } catch (error) {
          return { ok: false, message: `Record ${i + 1} of ${name}: ${rowProblem(error)}. Nothing was imported.` };
        }
      }
    }
    migrate(scratch, migrations);
    return readExportTables(Object.fromEntries(exportTableNames.map((name) => [name, readTable(scratch, name, exportTables[name] as ExportTable)])));
  } catch (error) {
    return {
      ok: false,
      message: `This export could not be brought up to this version of Afterword: ${error instanceof Error ? error.message : String(error)}. Nothing was imported.`,
    };
  } finally {
    scratch.close();
  }
}
