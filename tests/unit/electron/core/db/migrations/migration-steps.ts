import { expect } from 'vitest';
import { migrations } from '../../../../../../electron/core/db/migrations';
import { openDatabase, type Db } from '../../../../../../electron/core/db/open-database';
import { tempDir } from '../../../../helpers/temp-dir';

/** A database at the schema just before migration `version`, in a folder of its own. */
export function schemaBefore(version: number): { dir: string; db: Db } {
  const dir = tempDir();
  return { dir, db: openDatabase(dir, migrations.slice(0, version - 1)) };
}

/** The same folder opened with migrations up to and including `version`. */
export function migratedTo(dir: string, version: number): Db {
  return openDatabase(dir, migrations.slice(0, version));
}

export type Contents = Record<string, { columns: string[]; rows: string[] }>;

/**
 * Every row of every table, in the columns the table had: what "the data is intact" is
 * checked against. Rows are compared as sorted JSON, so a rebuilt table may reorder them.
 */
export function contents(db: Db, columnsOf?: Contents): Contents {
  const tables = columnsOf
    ? Object.keys(columnsOf)
    : (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>).map(
        (t) => t.name,
      );
  const out: Contents = {};
  for (const table of tables) {
    const columns =
      columnsOf?.[table]?.columns ?? (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as Array<{ name: string }>).map((c) => c.name);
    const rows = db.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}"`).all();
    out[table] = { columns, rows: rows.map((r) => JSON.stringify(r)).sort() };
  }
  return out;
}

/**
 * The schema before migration `version`, filled by `fill`, then migrated: checks that the
 * database is at `version` with every row it had, column by column, and hands it over.
 */
export function migratedKeepingData(version: number, fill: (db: Db) => void): Db {
  const { dir, db: before } = schemaBefore(version);
  fill(before);
  const was = contents(before);
  before.close();
  const after = migratedTo(dir, version);
  expect(after.pragma('user_version', { simple: true })).toBe(version);
  expect(contents(after, was)).toEqual(was);
  return after;
}

export const AT = '2026-03-01T10:00:00.000Z';
export const O1 = '11111111-1111-4111-8111-111111111111';
export const I1 = '22222222-2222-4222-8222-222222222222';
export const P1 = '33333333-3333-4333-8333-333333333333';
export const P2 = '44444444-4444-4444-8444-444444444444';
export const N1 = '55555555-5555-4555-8555-555555555555';

/** One opportunity with one interview (schema 1 on). */
export function addInterview(db: Db): void {
  db.prepare(
    "INSERT INTO opportunities (id, company, role, location, notes, status, created_at, updated_at) VALUES (?, 'Northwind Traders', 'Analyst', 'Leeds', 'Met at the fair', 'active', ?, ?)",
  ).run(O1, AT, AT);
  db.prepare(
    "INSERT INTO interviews (id, opportunity_id, date, start_time, end_time, title, location, notes, created_at, updated_at) VALUES (?, ?, '2026-03-02', '10:00', '11:00', 'Round one', 'Office', 'Bring portfolio', ?, ?)",
  ).run(I1, O1, AT, AT);
}

/** Two people, one of them at the interview with notes and a role (schema 2 on). */
export function addPeople(db: Db): void {
  const person = db.prepare(
    `INSERT INTO people (id, full_name, given_name, family_name, title, company, email, email_status, phone, address_lines, address_city, address_country, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'Head of Data', ?, ?, ?, '+44 113 496 0000', ?, 'Leeds', 'GB', ?, ?)`,
  );
  person.run(P1, 'Zoë Adams', 'Zoë', 'Adams', 'Northwind Traders', 'zoe@northwind.example', 'confirmed', '1 Park Row', AT, AT);
  person.run(P2, 'José Martínez', 'José', 'Martínez', 'ÉLECTRICITÉ  SA', '', 'none', null, AT, AT);
  db.prepare(
    "INSERT INTO interview_participants (interview_id, person_id, topics, learned, role_plan, notes, position, created_at, updated_at) VALUES (?, ?, 'forecasting', 'two-day close', 'hire in May', 'kind', 1, ?, ?)",
  ).run(I1, P1, AT, AT);
  db.prepare("INSERT INTO opportunity_people (opportunity_id, person_id, role) VALUES (?, ?, 'hiring-manager')").run(O1, P1);
}

/** A note to someone at the interview (schema 3 on). */
export function addNote(db: Db): void {
  db.prepare(
    "INSERT INTO notes (id, interview_id, person_id, kind, subject, body, card_draft, status, ready_at, created_at, updated_at) VALUES (?, ?, ?, 'email', 'Thank you', 'Dear Zoë, thank you.', '', 'ready', ?, ?, ?)",
  ).run(N1, I1, P1, AT, AT, AT);
  db.prepare(
    "INSERT INTO note_templates (id, name, kind, stage, subject, body, created_at, updated_at) VALUES ('t1', 'Short', 'email', 'thank-you', 'Thanks', 'Dear {{firstName}},', ?, ?)",
  ).run(AT, AT);
}
