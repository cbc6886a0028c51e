import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CorePorts } from '../../../../../electron/core/core';
import { openCoreHost, type CoreHost } from '../../../../../electron/core/core-host';
import { DERIVED_TABLES } from '../../../../../electron/core/db/derived-tables';
import { DATABASE_FILE, openDatabase } from '../../../../../electron/core/db/open-database';
import { latestSchemaVersion, migrations } from '../../../../../electron/core/db/migrations';
import { suggestMapping } from '../../../../../electron/core/people/import-export/csv-columns';
import { csvToContacts, readCsvTable } from '../../../../../electron/core/people/import-export/csv-read';
import { readVcards } from '../../../../../electron/core/people/import-export/vcard-read';
import { exportFile, readExportHeader, readExportTables } from '../../../../../shared/api/user-data/export-file';
import { exportTableNames } from '../../../../../shared/api/user-data/export-tables';
import { manualClock, testPorts } from '../../../helpers/core-ports';
import { tableSnapshot, userDataSnapshot } from '../../../helpers/table-snapshot';
import { tempDir } from '../../../helpers/temp-dir';
import { typedCalls } from '../../../helpers/typed-calls';
import { fillEveryTable } from './every-table';

const hosts: CoreHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close({ backup: false });
});

async function app(dataDir = tempDir(), overrides: Partial<CorePorts> = {}) {
  const ports = testPorts(overrides);
  const host = await openCoreHost(dataDir, ports.ports, { schedule: false });
  hosts.push(host);
  return { dataDir, host, ...typedCalls(host.dispatch), ...ports, file: path.join(dataDir, DATABASE_FILE) };
}

type App = Awaited<ReturnType<typeof app>>;

/** Rows in the derived tables (kept plans, search text) of a data file. */
function derivedRows(file: string): number {
  const snapshot = tableSnapshot(file);
  return DERIVED_TABLES.reduce((n, name) => n + (snapshot[name]?.length ?? 0), 0);
}

/** Fills every table, then "Export everything" into `folder`; answers with the three files. */
async function exported(a: App, folder = tempDir()) {
  await fillEveryTable(a.must, { save: (f) => a.saveAnswers.push(f), open: (f) => a.openAnswers.push(f) }, folder);
  a.saveAnswers.push(path.join(folder, 'Afterword export.json'));
  const result = await a.must('userData.exportEverything', {});
  if (!result) throw new Error('cancelled');
  return result.files;
}

async function importFile(a: App, file: string) {
  a.openAnswers.push([file]);
  return a.call('userData.chooseImport', {});
}

describe('Export everything', () => {
  it('writes one versioned JSON file with every table, ids kept, that the shared schema reads back; a .vcf and a .csv of everyone beside it', async () => {
    const a = await app();
    const folder = tempDir();
    const [json, vcf, csv] = await exported(a, folder);
    expect([json, vcf, csv].map((f) => path.basename(f!))).toEqual(['Afterword export.json', 'Afterword export people.vcf', 'Afterword export people.csv']);

    const parsed = exportFile.parse(JSON.parse(fs.readFileSync(json!, 'utf8')));
    expect(parsed).toMatchObject({ format: 'afterword-export', formatVersion: 1, schemaVersion: latestSchemaVersion, appVersion: '0.0.0-test' });
    // Every table holds rows, each exactly as the database holds it.
    const db = tableSnapshot(a.file);
    for (const name of exportTableNames) {
      expect(parsed.tables[name].length, name).toBeGreaterThan(0);
      // A blob (a card photo's JPEG) is its bytes as base64 text.
      const asFiled = (db[name] as Array<Record<string, unknown>>).map((row) =>
        Object.fromEntries(Object.entries(row).map(([c, v]) => [c, Buffer.isBuffer(v) ? v.toString('base64') : v])),
      );
      expect(parsed.tables[name], name).toEqual(asFiled);
    }
    const [photo] = parsed.tables.card_photos;
    const jpeg = Buffer.from(String(photo!.jpeg), 'base64');
    expect([jpeg.subarray(0, 3).toString('hex'), photo!.source, photo!.reading]).toEqual(['ffd8ff', 'contact file', null]);

    // The address books' and spreadsheets' files, read back by the contact importer's own readers.
    const cards = readVcards(fs.readFileSync(vcf!, 'utf8')).read.map((r) => r.contact);
    expect(cards.map((c) => [c.fullName, c.email, c.phone])).toEqual([
      ['Test Benutzer', '', ''],
      ['Ana Lima', 'ana.lima@northwind.example', '+44 20 7946 0000'],
      ['王伟', '', ''],
    ]);
    const table = readCsvTable(fs.readFileSync(csv!, 'utf8'));
    const rows = csvToContacts(table, suggestMapping(table.headers)).read.map((r) => r.contact);
    expect(rows.map((r) => [r.fullName, r.company, r.phone, r.address?.lines, r.address?.postalCode])).toEqual([
      ['Test Benutzer', '', '', undefined, undefined],
      ['Ana Lima', 'Northwind Traders', '+44 20 7946 0000', ['1 Harbour Way', 'Floor 3'], 'LS1 4AP'],
      ['王伟', 'Northwind Traders', '', undefined, undefined],
    ]);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const a = await app();
    a.saveAnswers.push(null);
    expect(await a.must('userData.exportEverything', {})).toBeNull();
  });
});

describe('Import an export', () => {
  it('into a fresh data folder: every table matches the one exported, row for row', async () => {
    const source = await app();
    const [json] = await exported(source);
    const fresh = await app();
    const chosen = await importFile(fresh, json!);
    if (!chosen.ok || chosen.value.kind !== 'ready') throw new Error(JSON.stringify(chosen));
    const { preview } = chosen.value;
    expect(preview).toMatchObject({ into: 'empty', matches: [], schemaVersion: latestSchemaVersion });
    expect(preview.tables.every((t) => t.added === t.inFile && t.inFile > 0)).toBe(true);
    // The preview changed nothing.
    expect(tableSnapshot(fresh.file).opportunities).toEqual([]);

    const result = await fresh.must('userData.import', { token: preview.token });
    expect(result.savedFirst).toBeNull();
    expect(result.tables).toEqual(preview.tables);
    expect(userDataSnapshot(fresh.file)).toEqual(userDataSnapshot(source.file));
  });

  it('answers Today and search as the exported data did: the derived tables are not in the file and are worked out again from what was imported', async () => {
    const clock = manualClock('2026-03-14T09:00:00.000Z');
    const source = await app(tempDir(), { clock });
    const folder = tempDir();
    const { ana, wei } = await fillEveryTable(source.must, { save: (f) => source.saveAnswers.push(f), open: (f) => source.openAnswers.push(f) }, folder);
    // Interviews still in play: one two days ago (steps due and open), one long past (its overdue steps folded).
    for (const [company, date] of [
      ['Contoso', '2026-03-12'],
      ['Fabrikam', '2026-01-05'],
    ] as const) {
      const opportunity = await source.must('opportunities.create', { company, role: 'Planner' });
      const interview = await source.must('interviews.create', { opportunityId: opportunity.id, date, startTime: '14:00', title: 'First round' });
      await source.must('participants.add', { interviewId: interview.id, personId: ana.id });
      await source.must('participants.add', { interviewId: interview.id, personId: wei.id });
      await source.must('participants.update', { interviewId: interview.id, personId: wei.id, learned: `Wants the ${company} route planner rebuilt` });
    }
    const asked = async (a: App) => ({
      today: await a.must('plan.today', { limit: 500 }),
      overdue: await a.must('plan.today', { part: 'overdue', limit: 500 }),
      searches: await Promise.all(['ana', '王', 'route planner', 'northwind'].map((query) => a.must('people.search', { query }))),
    });
    const before = await asked(source);
    expect(before.today.items.length).toBeGreaterThan(0);
    expect(before.today.folded.map((line) => line.company)).toEqual(['Fabrikam']);
    expect(before.searches.map((hits) => hits.length)).toEqual([1, 1, 1, 2]);
    expect(derivedRows(source.file)).toBeGreaterThan(0);

    source.saveAnswers.push(path.join(folder, 'Afterword export.json'));
    const exported = await source.must('userData.exportEverything', {});
    const fresh = await app(tempDir(), { clock });
    const chosen = await importFile(fresh, exported!.files[0]!);
    if (!chosen.ok || chosen.value.kind !== 'ready') throw new Error(JSON.stringify(chosen));
    await fresh.must('userData.import', { token: chosen.value.preview.token });
    // Nothing derived came with the file: it is worked out when asked, and answers the same.
    expect(derivedRows(fresh.file)).toBe(0);
    expect(await asked(fresh)).toEqual(before);
    expect(derivedRows(fresh.file)).toBeGreaterThan(0);
  });

  it('into data in use: the same export again adds nothing; people already here are matched and merged, their notes attached to them', async () => {
    const source = await app();
    const [json] = await exported(source);

    // The same data imported over itself: every row is already here.
    const again = await importFile(source, json!);
    if (!again.ok || again.value.kind !== 'ready') throw new Error(JSON.stringify(again));
    expect(again.value.preview.into).toBe('data');
    expect(again.value.preview.matches.map((m) => [m.fullName, m.match.reason])).toEqual([
      ['Ana Lima', 'same record'],
      ['王伟', 'same record'],
      ['Test Benutzer', 'same record'],
    ]);
    const before = tableSnapshot(source.file);
    const repeated = await source.must('userData.import', { token: again.value.preview.token });
    expect(repeated.tables.filter((t) => t.added > 0)).toEqual([]);
    expect(repeated.savedFirst?.kind).toBe('before-import');
    expect(tableSnapshot(source.file)).toEqual(before);

    // Another Afterword that already knows Ana (by her confirmed address) and has its own data.
    const other = await app();
    const known = await other.must('people.create', { fullName: 'Ana Lima-Santos', company: 'Northwind', email: 'ANA.LIMA@northwind.example' });
    await other.must('opportunities.create', { company: 'Contoso', role: 'Planner' });
    const chosen = await importFile(other, json!);
    if (!chosen.ok || chosen.value.kind !== 'ready') throw new Error(JSON.stringify(chosen));
    expect(chosen.value.preview.matches).toEqual([
      {
        fileId: expect.any(String),
        fullName: 'Ana Lima',
        company: 'Northwind Traders',
        email: 'ana.lima@northwind.example',
        match: { personId: known.id, fullName: 'Ana Lima-Santos', reason: 'same email' },
      },
    ]);
    expect(chosen.value.preview.tables.find((t) => t.table === 'people')).toMatchObject({ inFile: 3, added: 2 });
    await other.must('userData.import', { token: chosen.value.preview.token });
    const people = await other.must('people.list', {});
    expect(people.map((p) => p.fullName).sort()).toEqual(['Ana Lima-Santos', 'Test Benutzer', '王伟']);
    // Filled in where she had nothing; her own name and company kept.
    expect(people.find((p) => p.id === known.id)).toMatchObject({
      fullName: 'Ana Lima-Santos',
      company: 'Northwind',
      title: 'Head of Planning',
      phone: '+44 20 7946 0000',
    });
    const [opportunity] = (await other.must('opportunities.list', {})).filter((o) => o.company === 'Northwind Traders');
    const [interview] = await other.must('interviews.listForOpportunity', { opportunityId: opportunity!.id });
    const notes = await other.must('notes.listForInterview', { interviewId: interview!.id });
    expect(notes.find((n) => n.kind === 'email')?.personId).toBe(known.id);
    expect((await other.must('participants.list', { interviewId: interview!.id })).map((p) => p.person.id)).toContain(known.id);
    expect((await other.must('opportunities.list', {})).map((o) => o.company).sort()).toEqual(['Contoso', 'Northwind Traders']);
  });

  it('keeps a matched person apart when told to create them', async () => {
    const source = await app();
    const [json] = await exported(source);
    const other = await app();
    await other.must('people.create', { fullName: 'Ana Lima', company: 'Northwind Traders' });
    const chosen = await importFile(other, json!);
    if (!chosen.ok || chosen.value.kind !== 'ready') throw new Error(JSON.stringify(chosen));
    const [match] = chosen.value.preview.matches;
    expect(match?.match.reason).toBe('same name at the same company');
    await other.must('userData.import', { token: chosen.value.preview.token, people: { [match!.fileId]: 'create' } });
    expect((await other.must('people.list', {})).filter((p) => p.fullName === 'Ana Lima')).toHaveLength(2);
  });

  it('brings an export from an older Afterword up to date with the same migrations', async () => {
    // A data folder at the version before the latest, exported as that version wrote it.
    const dir = tempDir();
    const older = openDatabase(dir, migrations.slice(0, latestSchemaVersion - 1));
    older
      .prepare(
        "INSERT INTO opportunities (id, company, role, created_at, updated_at) VALUES ('0f8b7c1e-5a4d-4e2b-8c9f-1a2b3c4d5e6f', 'Northwind Traders', 'Analyst', 't', 't')",
      )
      .run();
    older
      .prepare(
        "INSERT INTO people (id, full_name, company, created_at, updated_at) VALUES ('6d1f0e52-93b5-4c9b-9a3c-0c4f3b2d1e7a', 'Zoë Brontë', 'Müller & Söhne', 't', 't')",
      )
      .run();
    // Every table but the derived ones, as an export leaves them out.
    const tables = Object.fromEntries(
      older
        .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .all()
        .filter(({ name }) => !DERIVED_TABLES.includes(name))
        .map(({ name }) => [name, older.prepare(`SELECT * FROM "${name}"`).all()]),
    );
    older.close();
    const file = path.join(tempDir(), 'old.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        format: 'afterword-export',
        formatVersion: 1,
        schemaVersion: latestSchemaVersion - 1,
        appVersion: '0.0.9',
        exportedAt: '2026-01-01T00:00:00Z',
        tables,
      }),
    );

    const a = await app();
    const chosen = await importFile(a, file);
    if (!chosen.ok || chosen.value.kind !== 'ready') throw new Error(JSON.stringify(chosen));
    await a.must('userData.import', { token: chosen.value.preview.token });
    expect((await a.must('people.list', {})).map((p) => [p.fullName, p.company])).toEqual([['Zoë Brontë', 'Müller & Söhne']]);
    expect(
      new Database(a.file, { readonly: true }).prepare("SELECT company_key FROM people WHERE id = '6d1f0e52-93b5-4c9b-9a3c-0c4f3b2d1e7a'").pluck().get(),
    ).toBe('muller & sohne');
  });
});

describe('a file that is not a good export: a clear message, and every table as it was', () => {
  async function refused(mutate: (file: Record<string, unknown>) => unknown, text?: (json: string) => string) {
    const source = await app();
    const [json] = await exported(source);
    const original = JSON.parse(fs.readFileSync(json!, 'utf8')) as Record<string, unknown>;
    const changed = mutate(original) ?? original;
    const bad = path.join(tempDir(), 'bad.json');
    const body = JSON.stringify(changed);
    fs.writeFileSync(bad, text ? text(body) : body);
    const target = await app();
    await target.must('opportunities.create', { company: 'Contoso', role: 'Planner' });
    const before = tableSnapshot(target.file);
    const result = await importFile(target, bad);
    expect(tableSnapshot(target.file)).toEqual(before);
    const backups = path.join(target.dataDir, 'backups');
    expect(fs.existsSync(backups) ? fs.readdirSync(backups) : []).toEqual([]);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.code).toBe('invalid-input');
    return result.error.message;
  }

  it('a JSON file that is not an export', async () => {
    expect(await refused(() => ({ name: 'my contacts', people: [] }))).toBe(
      'bad.json: This file is not an Afterword export (an export says "format": "afterword-export" at its top). Nothing was imported.',
    );
  });

  it('an export from a newer Afterword', async () => {
    expect(await refused((f) => ({ ...f, schemaVersion: latestSchemaVersion + 1 }))).toMatch(
      /^bad\.json: This export was made by a newer version of Afterword \(data version \d+.*Update Afterword, then import it\. Nothing was imported\.$/,
    );
    expect(await refused((f) => ({ ...f, formatVersion: 2 }))).toMatch(/newer version of Afterword/);
  });

  it('a truncated file', async () => {
    expect(
      await refused(
        (f) => f,
        (json) => json.slice(0, Math.floor(json.length * 0.6)),
      ),
    ).toBe('bad.json: The file ends too early: it may have been cut off while it was saved or copied. Nothing was imported.');
  });

  it('a 10 MB string', async () => {
    const message = await refused((f) => {
      const tables = f.tables as Record<string, Array<Record<string, unknown>>>;
      tables.notes![1]!.body = 'x'.repeat(10 * 1024 * 1024);
    });
    expect(message).toMatch(
      /^bad\.json: Record 2 of notes \(id "[0-9a-f-]+"\): body is longer than Afterword ever writes \(at most 1,000,000 characters\)\. Nothing was imported\.$/,
    );
  });

  it('duplicate ids', async () => {
    const message = await refused((f) => {
      const tables = f.tables as Record<string, Array<Record<string, unknown>>>;
      tables.people!.push({ ...tables.people![0]!, full_name: 'Someone else' });
    });
    expect(message).toMatch(/^bad\.json: Record 4 of people \(id "[0-9a-f-]+"\): has the same id as record 1\. Nothing was imported\.$/);
  });

  it('a record that refers to nothing in the file', async () => {
    const message = await refused((f) => {
      const tables = f.tables as Record<string, Array<Record<string, unknown>>>;
      tables.notes![0]!.interview_id = '00000000-0000-4000-8000-000000000000';
    });
    expect(message).toMatch(
      /^bad\.json: Record 1 of notes \(id "[0-9a-f-]+"\) cannot be added: it refers to a record that is not in the file\. Nothing was imported\.$/,
    );
  });

  it('a wrong type, a value outside its list, a column nobody knows, a table nobody knows', async () => {
    const tablesOf = (f: Record<string, unknown>) => f.tables as Record<string, Array<Record<string, unknown>>>;
    expect(await refused((f) => void (tablesOf(f).opportunities![0]!.company = 42))).toMatch(
      /Record 1 of opportunities \(id "[^"]+"\): company must be text\./,
    );
    expect(await refused((f) => void (tablesOf(f).notes![0]!.status = 'lost'))).toMatch(
      /Record 1 of notes .*: status must be one of "draft", "ready", "sent", "printed", "mailed"\./,
    );
    expect(await refused((f) => void (tablesOf(f).people![0]!.shoe_size = 9))).toMatch(
      /Record 1 of people .*: has a column Afterword does not know: shoe_size\./,
    );
    expect(await refused((f) => void delete tablesOf(f).people![0]!.full_name)).toMatch(/Record 1 of people .*: full_name is missing\./);
    expect(await refused((f) => void (tablesOf(f).pets = []))).toMatch(/The file has tables Afterword does not know: pets\./);
    // A photo's bytes are base64 text, whole bytes only.
    expect(await refused((f) => void (tablesOf(f).card_photos![0]!.jpeg = 'not base64!'))).toMatch(/Record 1 of card_photos .*: jpeg must be base64 text\./);
    expect(await refused((f) => void (tablesOf(f).card_photos![0]!.jpeg = '/9j/4A'))).toMatch(
      /Record 1 of card_photos .*: jpeg must be base64 text of a whole number of bytes\./,
    );
    // A derived table is worked out by Afterword, never written by an export.
    expect(await refused((f) => void (tablesOf(f).plan_cache = []))).toMatch(/The file has tables Afterword does not know: plan_cache\./);
  });

  it('a file that is not JSON at all, and one far too large', async () => {
    expect(
      await refused(
        (f) => f,
        () => '%PDF-1.7\n%âãÏÓ\n1 0 obj',
      ),
    ).toMatch(/^bad\.json: This file is not an Afterword export: it is not JSON/);
    const target = await app();
    const huge = path.join(tempDir(), 'huge.json');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 300 * 1024 * 1024);
    expect(await importFile(target, huge)).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        field: 'file',
        message: 'huge.json: This file is larger than 256 MB, so it is not an Afterword export. Nothing was imported.',
      },
    });
  });
});

describe('the export file reader (shared)', () => {
  it('says which record is wrong in words a person can find in the file', () => {
    const header = readExportHeader(
      JSON.stringify({ format: 'afterword-export', formatVersion: 1, schemaVersion: 1, appVersion: 'x', exportedAt: 'y', tables: {} }),
      1,
    );
    expect(header.ok).toBe(true);
    expect(readExportTables({})).toEqual({ ok: false, message: 'opportunities must be a list of rows. Nothing was imported.' });
  });
});

describe('Delete all my data', () => {
  it('asks first, saying what goes; then deletes every row, keeping a backup that Restore brings back', async () => {
    const a = await app();
    await fillEveryTable(a.must, { save: (f) => a.saveAnswers.push(f), open: (f) => a.openAnswers.push(f) }, tempDir());
    expect(await a.call('userData.deleteAll', {})).toEqual({
      ok: false,
      error: {
        code: 'needs-confirmation',
        field: 'confirmed',
        message:
          'This deletes 1 opportunity, 1 interview, 3 people and 2 notes, with every review, plan and print queue item, and your settings. A backup is taken first, so Restore in Settings → Backups can bring it back.',
      },
    });
    const full = tableSnapshot(a.file);
    const done = await a.must('userData.deleteAll', { confirmed: true });
    expect(done.deletedRows).toBe(Object.values(full).reduce((n, rows) => n + (rows as unknown[]).length, 0) - full.sqlite_sequence!.length);
    expect(done.savedFirst).toMatchObject({ kind: 'before-delete', holds: { opportunities: 1, people: 3, notes: 2 } });
    expect(Object.entries(tableSnapshot(a.file)).filter(([, rows]) => rows.length > 0)).toEqual([]);
    expect(await a.must('opportunities.list', {})).toEqual([]);

    await a.must('backups.restore', { name: done.savedFirst!.name });
    expect((await a.must('opportunities.list', {})).map((o) => o.company)).toEqual(['Northwind Traders']);
  });

  it('names only what there is: no "0 people", and something to say when there are no opportunities at all', async () => {
    const a = await app();
    const message = async () => {
      const asked = await a.call('userData.deleteAll', {});
      return asked.ok ? 'deleted without asking' : asked.error.message;
    };
    expect(await message()).toMatch(/^This deletes every template and print queue item, and your settings\./);
    await a.must('opportunities.create', { company: 'Contoso', role: 'Planner' });
    expect(await message()).toMatch(/^This deletes 1 opportunity, with every review, plan and print queue item, and your settings\./);
  });

  it('with the backups too, leaves nothing of the data on this computer', async () => {
    const a = await app();
    await fillEveryTable(a.must, { save: (f) => a.saveAnswers.push(f), open: (f) => a.openAnswers.push(f) }, tempDir());
    await a.must('backups.create', {});
    const summary = await a.must('userData.summary', {});
    expect(summary).toMatchObject({ opportunities: 1, interviews: 1, people: 3, notes: 2, backups: 1 });
    const asked = await a.call('userData.deleteAll', { alsoBackups: true });
    expect(!asked.ok && asked.error.message).toMatch(/your settings and all 1 backups, from this computer\. It cannot be undone\.$/);
    const done = await a.must('userData.deleteAll', { confirmed: true, alsoBackups: true });
    expect(done).toMatchObject({ savedFirst: null, backupsDeleted: 1 });
    expect(fs.readdirSync(path.join(a.dataDir, 'backups'))).toEqual([]);
    // No deleted text is left in the file's free pages or its write-ahead log.
    const bytes = Buffer.concat([fs.readFileSync(a.file), fs.existsSync(`${a.file}-wal`) ? fs.readFileSync(`${a.file}-wal`) : Buffer.alloc(0)]);
    expect(bytes.includes(Buffer.from('Ask about the Łódź depot'))).toBe(false);
  });
});
