import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DERIVED_TABLES } from '../../../../../electron/core/db/derived-tables';
import { openDatabase, type Db } from '../../../../../electron/core/db/open-database';
import { exportTableNames, exportTables, type ExportTable } from '../../../../../shared/api/user-data/export-tables';
import { tempDir } from '../../../helpers/temp-dir';

const open: Db[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** The database as every migration leaves it. */
function migrated(): Db {
  const db = openDatabase(tempDir());
  open.push(db);
  return db;
}

/** Tables that hold data (SQLite's own, and the shadow tables of a full-text index, are not the user's). */
function userTables(db: Db): string[] {
  const list = db.prepare<[], { name: string; type: string }>('PRAGMA table_list').all();
  return list
    .filter((t) => t.type === 'table' && !t.name.startsWith('sqlite_'))
    .map((t) => t.name)
    .sort();
}

describe('the export covers every table the data lives in', () => {
  it('names every table of the migrated database but the derived ones, and no other', () => {
    // A table added by a migration fails here until the export (export-tables.ts) and
    // docs/export-format.md carry it, or it is marked derived (db/derived-tables.ts): computed
    // from the others, left out of the file and computed again after an import.
    expect([...exportTableNames, ...DERIVED_TABLES].sort()).toEqual(userTables(migrated()));
    expect(exportTableNames.filter((name) => DERIVED_TABLES.includes(name))).toEqual([]);
  });

  it('leaves out no table an exported row refers to: only derived tables refer to derived tables', () => {
    const db = migrated();
    for (const name of userTables(db)) {
      const parents = db
        .prepare<[], { table: string }>(`PRAGMA foreign_key_list("${name}")`)
        .all()
        .map((r) => r.table);
      for (const parent of parents.filter((p) => DERIVED_TABLES.includes(p))) expect(DERIVED_TABLES, `${name} refers to ${parent}`).toContain(name);
    }
  });

  it('describes every column with its type, nullability and key, as the database has them', () => {
    const db = migrated();
    for (const name of exportTableNames) {
      const table = exportTables[name] as ExportTable;
      const columns = db.prepare<[], { name: string; type: string; notnull: number; pk: number }>(`PRAGMA table_info("${name}")`).all();
      expect(
        Object.entries(table.columns).map(([column, c]) => [column, c.type, c.nullable]),
        name,
      ).toEqual(columns.map((c) => [c.name, c.type, c.notnull === 0 && c.pk === 0]));
      expect([...table.key], `${name}'s key`).toEqual(
        columns
          .filter((c) => c.pk > 0)
          .sort((a, b) => a.pk - b.pk)
          .map((c) => c.name),
      );
    }
  });

  it('marks every column that refers to a person, so an import that matches people can rewrite them', () => {
    const db = migrated();
    for (const name of exportTableNames) {
      const refs = db.prepare<[], { table: string; from: string }>(`PRAGMA foreign_key_list("${name}")`).all();
      for (const ref of refs.filter((r) => r.table === 'people')) {
        expect((exportTables[name] as ExportTable).columns[ref.from]?.person, `${name}.${ref.from}`).toBe(true);
      }
    }
  });

  it('is documented: docs/export-format.md names every table and column, and every table left out', () => {
    const doc = fs.readFileSync(path.resolve(__dirname, '../../../../../docs/export-format.md'), 'utf8');
    const leftOut = doc.slice(doc.indexOf('## Not in the file')).split(/\n## /u)[0]!;
    for (const name of DERIVED_TABLES) expect(leftOut, name).toContain(`\`${name}\``);
    for (const name of exportTableNames) {
      expect(doc, name).toContain(`### ${name}`);
      const section = doc.slice(doc.indexOf(`### ${name}`)).split(/\n### /u)[0]!;
      for (const column of Object.keys((exportTables[name] as ExportTable).columns)) expect(section, `${name}.${column}`).toContain(`\`${column}\``);
    }
  });
});
