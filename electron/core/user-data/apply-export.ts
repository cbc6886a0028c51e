import { randomUUID } from 'node:crypto';
import type { ExportFile, ExportRow } from '../../../shared/api/user-data/export-file';
import { exportTableNames, exportTables, type ExportTable, type ExportTableName } from '../../../shared/api/user-data/export-tables';
import type { ImportChoice, ImportMatch, TableCount } from '../../../shared/api/user-data/schemas';
import { companyKey } from '../../../shared/domain/company-key';
import { InvalidInputError } from '../core-errors';
import type { Db } from '../db/open-database';
import { refreshEmailGuesses } from '../people/email-guesses';
import { mergeInto } from '../people/import-match';
import type { PeopleRepository } from '../repositories/people-repository';
import { toPerson } from '../repositories/people-repository';
import { parentsFirst } from './table-order';
import { rowProblem, sqliteValue } from './upgrade-export';

type Tables = ExportFile['tables'];
const describe = (name: ExportTableName) => exportTables[name] as ExportTable;

/** True when no table holds a row but the one-row settings tables (what a fresh Afterword has). */
export function holdsNoData(db: Db): boolean {
  return exportTableNames.every((name) => describe(name).single || db.prepare(`SELECT 1 FROM "${name}" LIMIT 1`).get() === undefined);
}

/** True when not a single row is stored, settings included. */
export function holdsNothing(db: Db): boolean {
  return exportTableNames.every((name) => db.prepare(`SELECT 1 FROM "${name}" LIMIT 1`).get() === undefined);
}

/** Name and company as contact import compares them: case, accents and spacing ignored. */
function nameKey(fullName: string, company: string): string {
  return `${companyKey(fullName)}\u0000${companyKey(company)}`;
}

/**
 * Who in the file is already here, as contact import matches: the same record (same id), the
 * same confirmed email, or the same name at the same company. People deleted in the file are
 * not matched by email or name: they go in as they are, deleted.
 */
export function matchPeople(people: PeopleRepository, incoming: readonly ExportRow[]): ImportMatch[] {
  const byEmail = new Map<string, { id: string; fullName: string }>();
  const byName = new Map<string, { id: string; fullName: string }>();
  for (const p of people.list()) {
    if (p.emailStatus === 'confirmed' && p.email !== '' && !byEmail.has(p.email.toLowerCase())) byEmail.set(p.email.toLowerCase(), p);
    if (!byName.has(nameKey(p.fullName, p.company))) byName.set(nameKey(p.fullName, p.company), p);
  }
  const matches: ImportMatch[] = [];
  for (const row of incoming) {
    const fileId = String(row.id);
    const same = people.getIncludingDeleted(fileId);
    const email = row.email_status === 'confirmed' ? String(row.email).toLowerCase() : '';
    const known =
      same ??
      (row.deleted_at === null ? ((email ? byEmail.get(email) : undefined) ?? byName.get(nameKey(String(row.full_name), String(row.company)))) : undefined);
    if (!known) continue;
    const reason = same ? 'same record' : email && byEmail.get(email) === known ? 'same email' : 'same name at the same company';
    matches.push({
      fileId,
      fullName: String(row.full_name),
      company: String(row.company),
      email: String(row.email),
      match: { personId: known.id, fullName: known.fullName, reason },
    });
  }
  return matches;
}

function keyText(table: ExportTable, row: ExportRow): string {
  return table.key.map((k) => `${k} ${JSON.stringify(row[k])?.slice(0, 60)}`).join(', ');
}

/**
 * Puts the checked rows of an export into the database; the caller runs it in one transaction
 * (all or nothing). Into empty data every row goes in as it is, ids kept, settings replaced.
 * Into data in use, nothing on record is overwritten: a row whose key is already here is left
 * as it is (it is the same record, from an earlier export of this data), people the person
 * chose to merge take the place of the one on record (filling in only what that one lacks),
 * and log rows get new numbers. Answers with what went in, per table.
 */
export function applyExport(db: Db, people: PeopleRepository, tables: Tables, choices: Record<string, ImportChoice>): TableCount[] {
  const intoEmpty = holdsNoData(db);
  const matches = new Map(intoEmpty ? [] : matchPeople(people, tables.people).map((m) => [m.fileId, m]));
  const personIds = new Map<string, string>();
  const companies = new Set<string>();
  const counts = new Map<string, number>();

  function insert(name: ExportTableName, row: ExportRow, index: number, mode: 'as-is' | 'unless-there' | 'new-number'): void {
    const table = describe(name);
    const columns = Object.keys(table.columns).filter((c) => !(mode === 'new-number' && table.key.includes(c)));
    const values = columns.map((c) => sqliteValue(row[c], table.columns[c]!.type));
    try {
      if (mode === 'new-number') {
        // A log row already here (the same entry, imported before) is not written twice.
        const same = db.prepare(`SELECT 1 FROM "${name}" WHERE ${columns.map((c) => `"${c}" IS ?`).join(' AND ')} LIMIT 1`).get(...values);
        if (same) return;
      }
      const sql = `INSERT INTO "${name}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})${mode === 'unless-there' ? ' ON CONFLICT DO NOTHING' : ''}`;
      counts.set(name, (counts.get(name) ?? 0) + db.prepare(sql).run(...values).changes);
    } catch (error) {
      throw new InvalidInputError(
        'file',
        `Record ${index + 1} of ${name} (${keyText(table, row)}) cannot be added: ${rowProblem(error)}. Nothing was imported.`,
      );
    }
  }

  tables.people.forEach((row, i) => {
    const fileId = String(row.id);
    const match = matches.get(fileId);
    if (match && (choices[fileId] ?? 'merge') === 'merge') {
      personIds.set(fileId, match.match.personId);
      if (match.match.reason !== 'same record') {
        const merged = mergeInto(people, people.get(match.match.personId), toPerson(row as unknown as Parameters<typeof toPerson>[0]), {
          markCardCollected: false,
        });
        companies.add(merged.company);
      }
      return;
    }
    const id = people.getIncludingDeleted(fileId) ? randomUUID() : fileId;
    personIds.set(fileId, id);
    companies.add(String(row.company));
    insert('people', { ...row, id, company_key: companyKey(String(row.company)) }, i, 'as-is');
  });

  for (const name of parentsFirst(db, exportTableNames) as ExportTableName[]) {
    if (name === 'people') continue;
    const table = describe(name);
    const personColumns = Object.keys(table.columns).filter((c) => table.columns[c]!.person);
    if (table.single && intoEmpty) db.prepare(`DELETE FROM "${name}"`).run();
    (tables[name] as ExportRow[]).forEach((row, i) => {
      const mapped = { ...row };
      for (const c of personColumns) if (typeof row[c] === 'string') mapped[c] = personIds.get(row[c] as string) ?? row[c];
      insert(name, mapped, i, intoEmpty ? 'as-is' : table.counter ? 'new-number' : 'unless-there');
    });
  }
  // New colleagues can make a company's address pattern clear (or unclear) for people already here.
  if (!intoEmpty) for (const company of companies) refreshEmailGuesses(people, company);

  return exportTableNames.map((name) => ({
    table: name,
    title: describe(name).title,
    inFile: (tables[name] as ExportRow[]).length,
    added: counts.get(name) ?? 0,
  }));
}
