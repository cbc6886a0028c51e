import { exportTableNames } from '../../../shared/api/user-data/export-tables';
import { DERIVED_TABLES } from '../db/derived-tables';
import type { Db } from '../db/open-database';
import { parentsFirst } from './table-order';

/**
 * Every row of every table, children before parents, in one transaction (the derived tables
 * too: what they keep is computed from the data, the user's zone and country among it); then the file is
 * rebuilt (VACUUM) and the write-ahead log emptied, so what was deleted is not left in free
 * pages of either. Answers with how many rows went.
 */
export function deleteEverything(db: Db): number {
  const order = parentsFirst(db, [...exportTableNames, ...DERIVED_TABLES]).reverse();
  const deleted = db.transaction(() => {
    const rows = order.reduce((n, name) => n + db.prepare(`DELETE FROM "${name}"`).run().changes, 0);
    // The numbering of log rows starts again too.
    if (db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_sequence'").get()) db.prepare('DELETE FROM sqlite_sequence').run();
    return rows;
  })();
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return deleted;
}
