import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportFile, type ExportRow } from '../../../shared/api/user-data/export-file';
import { exportTableNames, exportTables, type ExportTable } from '../../../shared/api/user-data/export-tables';
import type { Db } from '../db/open-database';

/** One table's rows as the export carries them: every described column, blobs as base64. */
export function readTable(db: Db, name: string, table: ExportTable): ExportRow[] {
  const columns = Object.keys(table.columns);
  const blobs = columns.filter((c) => table.columns[c]!.type === 'BLOB');
  const rows = db.prepare<[], Record<string, unknown>>(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${name}" ORDER BY rowid`).all();
  if (blobs.length === 0) return rows as ExportRow[];
  return rows.map((row) => {
    const out = { ...row };
    for (const c of blobs) if (Buffer.isBuffer(out[c])) out[c] = (out[c] as Buffer).toString('base64');
    return out as ExportRow;
  });
}

/** Everything in the database, in one read transaction so the file is one moment's data. */
export function readEverything(db: Db, meta: { appVersion: string; schemaVersion: number; exportedAt: Date }): ExportFile {
  return db.transaction((): ExportFile => ({
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    schemaVersion: meta.schemaVersion,
    appVersion: meta.appVersion,
    exportedAt: meta.exportedAt.toISOString(),
    tables: Object.fromEntries(exportTableNames.map((name) => [name, readTable(db, name, exportTables[name] as ExportTable)])) as ExportFile['tables'],
  }))();
}
