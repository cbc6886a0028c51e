import type { Db } from '../db/open-database';

/**
 * The tables in an order where every table comes after the tables its foreign keys point
 * at, read from the database itself (PRAGMA foreign_key_list), so a table or key added by a
 * later migration is ordered without anyone listing it. Rows inserted in this order never
 * point at a row that is not there yet; deleted in the reverse order, never leave one that does.
 */
export function parentsFirst(db: Db, tables: readonly string[]): string[] {
  const wanted = new Set(tables);
  const parents = new Map(
    tables.map((t) => [
      t,
      db
        .prepare<[], { table: string }>(`PRAGMA foreign_key_list("${t}")`)
        .all()
        .map((r) => r.table)
        .filter((p) => p !== t && wanted.has(p)),
    ]),
  );
  const ordered: string[] = [];
  const placed = new Set<string>();
  function place(t: string, path: Set<string>): void {
    if (placed.has(t)) return;
    if (path.has(t)) throw new Error(`Foreign keys go round in a circle through ${t}`);
    path.add(t);
    for (const p of parents.get(t) ?? []) place(p, path);
    path.delete(t);
    placed.add(t);
    ordered.push(t);
  }
  for (const t of tables) place(t, new Set());
  return ordered;
}
