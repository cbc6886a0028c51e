import { companyKey } from '../../../../shared/domain/company-key';
import type { Migration } from './migration';

/**
 * Every person's company key, computed once with the fold the UI uses (SQLite's lower()
 * only folds ASCII): rows from before migration 0006 added the key have it empty. The people
 * repository used to redo this over every person each time it was built, which made
 * start-up grow with the people on record; it now keeps each key right as it writes the
 * row. A change to the fold needs a migration like this one.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'people: company keys filled in',
  up(db) {
    const setKey = db.prepare('UPDATE people SET company_key = ? WHERE id = ?');
    for (const row of db.prepare<[], { id: string; company: string; company_key: string }>('SELECT id, company, company_key FROM people').all()) {
      const key = companyKey(row.company);
      if (key !== row.company_key) setKey.run(key, row.id);
    }
  },
};
