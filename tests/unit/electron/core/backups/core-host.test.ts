import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFileName } from '../../../../../electron/core/backups/backup-names';
import { openCoreHost, type CoreHost } from '../../../../../electron/core/core-host';
import { DATABASE_FILE, openDatabase } from '../../../../../electron/core/db/open-database';
import { latestSchemaVersion, migrations } from '../../../../../electron/core/db/migrations';
import type { Opportunity } from '../../../../../shared/api/opportunities/schemas';
import { manualClock, testPorts } from '../../../helpers/core-ports';
import { tableSnapshot } from '../../../helpers/table-snapshot';
import { tempDir } from '../../../helpers/temp-dir';
import { typedCalls } from '../../../helpers/typed-calls';

const hosts: CoreHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close({ backup: false });
});

async function host(dataDir: string, options: Parameters<typeof openCoreHost>[2] = {}, ports = testPorts()) {
  const h = await openCoreHost(dataDir, ports.ports, { schedule: false, ...options });
  hosts.push(h);
  return { host: h, ...typedCalls(h.dispatch), ...ports };
}

async function closed(h: CoreHost, backup = true) {
  hosts.splice(hosts.indexOf(h), 1);
  await h.close({ backup });
}

const companies = (list: Opportunity[]) => list.map((o) => o.company).sort();
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const dbFile = (dir: string) => path.join(dir, DATABASE_FILE);

/** Writes over one b-tree page of the people table's index, so the file stays SQLite but fails integrity_check. */
function damageAPage(file: string): void {
  const db = new Database(file);
  const { rootpage } = db.prepare<[], { rootpage: number }>("SELECT rootpage FROM sqlite_schema WHERE name = 'interviews_by_opportunity'").get()!;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.pragma('journal_mode = DELETE');
  db.close();
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (rootpage - 1) * pageSize);
  fs.closeSync(fd);
}

describe('backups through the host', () => {
  it('"Back up now" takes a checked, self-contained copy that says what it holds', async () => {
    const dir = tempDir();
    const { must } = await host(dir);
    await must('opportunities.create', { company: 'Northwind Traders', role: 'Analyst' });
    const made = await must('backups.create', {});
    expect(made).toMatchObject({ kind: 'manual', holds: { opportunities: 1, people: 0, notes: 0 }, schemaVersion: latestSchemaVersion, problem: null });
    const file = path.join(dir, 'backups', made.name);
    expect(fs.statSync(file).size).toBe(made.bytes);
    // One file, no WAL beside it: it can be copied anywhere as it is.
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([made.name]);
    expect(await must('backups.list', {})).toEqual([made]);
  });

  it('a backup taken while saves go on finishes, and holds one moment of the data, checked', async () => {
    const dir = tempDir();
    const { must, host: h } = await host(dir);
    const opportunity = await must('opportunities.create', { company: 'Northwind Traders', role: 'Analyst' });
    // A large enough file (a few MB) that the copy takes many steps.
    for (let i = 0; i < 300; i++) await must('opportunities.create', { company: `Company ${i}`, role: 'Analyst', notes: 'x'.repeat(4000) });
    let saving = true;
    let saves = 0;
    const typing = (async () => {
      while (saving) {
        // Each save its own event, as IPC delivers them; an interview comes with each.
        await new Promise((r) => setImmediate(r));
        await must('opportunities.update', { id: opportunity.id, notes: 'typed '.repeat(saves % 50) });
        await must('interviews.create', { opportunityId: opportunity.id, date: '2026-03-10' });
        saves += 1;
      }
    })();
    const made = await h.backups.take('manual');
    // It finished while the saves went on: they did not make it start over and over.
    const savesDuring = saves;
    saving = false;
    await typing;
    expect(savesDuring).toBeGreaterThan(0);
    const copy = new Database(path.join(dir, 'backups', made.name), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('foreign_key_check')).toEqual([]);
    const interviews = copy.prepare('SELECT count(*) FROM interviews').pluck().get() as number;
    expect(interviews).toBeLessThanOrEqual(savesDuring + 1);
    copy.close();
    expect(made.holds?.opportunities).toBe(301);
  });

  it('restores a backup behind the same dispatch, saving the data before it so the restore can be undone', async () => {
    const dir = tempDir();
    const { must, host: h } = await host(dir);
    await must('opportunities.create', { company: 'Northwind Traders', role: 'Analyst' });
    const first = await must('backups.create', {});
    await must('opportunities.create', { company: 'Contoso', role: 'Planner' });

    const restoring = must('backups.restore', { name: first.name });
    // A call made while the data is being swapped waits, and reads the restored data.
    const during = must('opportunities.list', {});
    const { restored, savedFirst } = await restoring;
    expect(restored.name).toBe(first.name);
    expect(companies(await during)).toEqual(['Northwind Traders']);
    expect(savedFirst).toMatchObject({ kind: 'before-restore', holds: { opportunities: 2 } });
    expect(h.state()).toBe('open');

    // Writing goes on in the restored data; restoring the saved copy brings the other back.
    await must('opportunities.create', { company: 'Fabrikam', role: 'Buyer' });
    await must('backups.restore', { name: savedFirst.name });
    expect(companies(await must('opportunities.list', {}))).toEqual(['Contoso', 'Northwind Traders']);
  });

  it('after a restore, Today and search answer as the restored data does (its kept plans and search text come with it, in step)', async () => {
    const dir = tempDir();
    const { must } = await host(dir, {}, testPorts({ clock: manualClock('2026-03-14T09:00:00.000Z') }));
    const opportunity = await must('opportunities.create', { company: 'Northwind Traders', role: 'Analyst' });
    const interview = await must('interviews.create', { opportunityId: opportunity.id, date: '2026-03-12', startTime: '10:00', title: 'Panel' });
    const ana = await must('people.create', { fullName: 'Ana Lima', company: 'Northwind Traders' });
    await must('participants.add', { interviewId: interview.id, personId: ana.id });
    const asked = async () => ({ today: await must('plan.today', { limit: 500 }), search: await must('people.search', { query: 'lima' }) });
    const before = await asked();
    expect(before.today.items.length).toBeGreaterThan(0);
    const backup = await must('backups.create', {});

    // Changes the kept plans and search text follow: a step done, a name changed, another interview.
    await must('plan.markStep', { interviewId: interview.id, key: before.today.items[0]!.key, action: 'done' });
    await must('people.update', { id: ana.id, fullName: 'Ana Souza', familyName: 'Souza' });
    await must('interviews.create', { opportunityId: opportunity.id, date: '2026-03-13', title: 'Second round' });
    const changed = await asked();
    expect(changed).not.toEqual(before);

    await must('backups.restore', { name: backup.name });
    expect(await asked()).toEqual(before);
  });

  it('refuses a backup that is not SQLite, a damaged one and a stranger name, changing nothing', async () => {
    const dir = tempDir();
    const { must, call } = await host(dir);
    await must('opportunities.create', { company: 'Northwind Traders', role: 'Analyst' });
    const good = await must('backups.create', {});
    const notSqlite = good.name.replace('-manual', '-automatic').replace('.589', '.000');
    fs.writeFileSync(path.join(dir, 'backups', notSqlite), '{"this": "is not a database"}');
    const damaged = good.name.replace('-manual', '-before-import');
    fs.copyFileSync(path.join(dir, 'backups', good.name), path.join(dir, 'backups', damaged));
    damageAPage(path.join(dir, 'backups', damaged));
    const before = tableSnapshot(dbFile(dir));

    const listed = await must('backups.list', {});
    expect(listed.find((b) => b.name === notSqlite)).toMatchObject({ holds: null, problem: expect.stringMatching(/not a SQLite database/) });

    const refusedNotSqlite = await call('backups.restore', { name: notSqlite });
    expect(refusedNotSqlite).toEqual({
      ok: false,
      error: { code: 'invalid-input', field: 'name', message: expect.stringMatching(/not a SQLite database.*Your data was not changed\./) },
    });
    const refusedDamaged = await call('backups.restore', { name: damaged });
    expect(refusedDamaged).toEqual({
      ok: false,
      error: { code: 'invalid-input', field: 'name', message: expect.stringMatching(/damaged.*Your data was not changed\./) },
    });
    expect(await call('backups.restore', { name: '../afterword.sqlite' })).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'name' } });
    expect(tableSnapshot(dbFile(dir))).toEqual(before);
  });

  it('restores from a chosen file after copying it in and checking it; a file that is not a backup is refused by name', async () => {
    const dir = tempDir();
    const elsewhere = tempDir();
    const { must, call, openAnswers } = await host(dir);
    await must('opportunities.create', { company: 'Northwind Traders', role: 'Analyst' });
    const made = await must('backups.create', {});
    const onUsbStick = path.join(elsewhere, 'my backup.sqlite');
    fs.copyFileSync(path.join(dir, 'backups', made.name), onUsbStick);
    await must('opportunities.create', { company: 'Contoso', role: 'Planner' });

    const json = path.join(elsewhere, 'export.json');
    fs.writeFileSync(json, '{"format":"afterword-export"}');
    const before = tableSnapshot(dbFile(dir));
    openAnswers.push([json]);
    expect(await call('backups.restoreFromFile', {})).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        field: 'file',
        message: 'export.json: This file is not a SQLite database, so it is not an Afterword backup. Your data was not changed.',
      },
    });
    expect(tableSnapshot(dbFile(dir))).toEqual(before);

    openAnswers.push(null);
    expect(await must('backups.restoreFromFile', {})).toBeNull();

    openAnswers.push([onUsbStick]);
    const result = await must('backups.restoreFromFile', {});
    expect(result?.restored).toMatchObject({ kind: 'from-file', holds: { opportunities: 1 } });
    expect(companies(await must('opportunities.list', {}))).toEqual(['Northwind Traders']);
  });

  it('shows the backups folder through the OS port', async () => {
    const dir = tempDir();
    const { must, foldersShown } = await host(dir);
    expect(await must('backups.showFolder', {})).toEqual({ path: path.join(dir, 'backups') });
    expect(foldersShown).toEqual([path.join(dir, 'backups')]);
    expect(fs.statSync(path.join(dir, 'backups')).isDirectory()).toBe(true);
  });

  it('backs up at quit, and once a day while running', async () => {
    const dir = tempDir();
    const clock = manualClock();
    const ports = testPorts({ clock });
    const { host: h, must } = await host(dir, {}, ports);
    await must('opportunities.create', { company: 'Northwind Traders', role: 'Analyst' });
    const first = await h.backUpIfDue();
    expect(first?.kind).toBe('automatic');
    clock.advance(23 * 60 * 60 * 1000);
    expect(await h.backUpIfDue()).toBeNull();
    clock.advance(2 * 60 * 60 * 1000);
    expect((await h.backUpIfDue())?.takenAt).toBe(clock.now().toISOString());
    clock.advance(60_000);
    await closed(h);
    // The quit's backup is the newest of its day, so the day's earlier one is rotated away.
    expect(fs.readdirSync(path.join(dir, 'backups')).sort()).toEqual([first!.name, backupFileName('automatic', clock.now())]);
  });

  it('backs up before a migration, with the data as it was', async () => {
    const dir = tempDir();
    const older = openDatabase(dir, migrations.slice(0, latestSchemaVersion - 1));
    older.prepare("INSERT INTO opportunities (id, company, role, created_at, updated_at) VALUES ('o1', 'Northwind Traders', 'Analyst', 'now', 'now')").run();
    older.close();
    const { must } = await host(dir);
    const [backup] = await must('backups.list', {});
    expect(backup).toMatchObject({ kind: 'before-migration', schemaVersion: latestSchemaVersion - 1, holds: { opportunities: 1 }, problem: null });
    expect((await must('app.info', {})).schemaVersion).toBe(latestSchemaVersion);
  });

  it('removes what a backup killed half-way left behind, and never lists it', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'backups'));
    const partial = path.join(dir, 'backups', '.afterword-2026-03-14T09-26-53.589Z-automatic.sqlite.partial');
    fs.writeFileSync(partial, 'half a copy');
    const { must } = await host(dir);
    expect(fs.existsSync(partial)).toBe(false);
    expect(await must('backups.list', {})).toEqual([]);
  });
});

describe('data that cannot be opened at start', () => {
  async function withBackup(dir: string) {
    const first = await host(dir);
    await first.must('opportunities.create', { company: 'Northwind Traders', role: 'Analyst' });
    await closed(first.host);
    return fs.readdirSync(path.join(dir, 'backups'))[0]!;
  }

  it('not SQLite: only recovery answers, the newest good backup is offered, and the file is set aside as it was', async () => {
    const dir = tempDir();
    const backup = await withBackup(dir);
    fs.writeFileSync(dbFile(dir), crypto.randomBytes(8192));
    const garbage = sha(dbFile(dir));

    const { host: h, must, call } = await host(dir);
    expect(h.state()).toBe('needs-recovery');
    expect(await call('opportunities.list', {})).toEqual({
      ok: false,
      error: { code: 'unavailable', message: expect.stringMatching(/could not open its data/) },
    });
    const status = await must('recovery.status', {});
    expect(status).toMatchObject({
      state: 'needs-recovery',
      problem: { kind: 'not-sqlite', message: expect.stringMatching(/not a database any more.*Nothing has been deleted/) },
      offered: backup,
    });

    const result = await must('recovery.restore', { name: backup });
    expect(result.restored?.name).toBe(backup);
    expect(result.setAside).toHaveLength(1);
    expect(sha(result.setAside[0]!)).toBe(garbage);
    expect(h.state()).toBe('open');
    expect(companies(await must('opportunities.list', {}))).toEqual(['Northwind Traders']);
    expect(await must('recovery.status', {})).toEqual({ state: 'open' });
  });

  it('damaged (integrity_check fails): told so, and recovered from the backup', async () => {
    const dir = tempDir();
    const backup = await withBackup(dir);
    // More data after the backup, then a page of it damaged.
    const again = await host(dir);
    await again.must('opportunities.create', { company: 'Contoso', role: 'Planner' });
    await closed(again.host, false);
    damageAPage(dbFile(dir));

    const { must } = await host(dir);
    const status = await must('recovery.status', {});
    expect(status).toMatchObject({ state: 'needs-recovery', problem: { kind: 'damaged' } });
    expect(status.state === 'needs-recovery' && status.backups.map((b) => [b.name, b.problem])).toEqual([[backup, null]]);
    await must('recovery.restore', { name: backup });
    expect(companies(await must('opportunities.list', {}))).toEqual(['Northwind Traders']);
  });

  it('a failed migration: the data stays as it was, backed up just before, and the backup is offered', async () => {
    const dir = tempDir();
    await withBackup(dir);
    const broken = [
      ...migrations,
      { version: latestSchemaVersion + 1, name: 'broken', up: 'CREATE TABLE half_made (x); INSERT INTO no_such_table VALUES (1);' },
    ];
    const before = tableSnapshot(dbFile(dir));
    const { must } = await host(dir, { migrations: broken });
    const status = await must('recovery.status', {});
    if (status.state !== 'needs-recovery') throw new Error('expected recovery');
    expect(status.problem).toEqual({
      kind: 'migration-failed',
      message: expect.stringContaining(`version ${latestSchemaVersion + 1} (broken) failed: no such table`),
    });
    expect(status.backups[0]).toMatchObject({ kind: 'before-migration', name: status.offered });
    expect(tableSnapshot(dbFile(dir))).toEqual(before);
  });

  it('from a newer Afterword: says to update, offers a backup this version reads', async () => {
    const dir = tempDir();
    const backup = await withBackup(dir);
    const raw = new Database(dbFile(dir));
    raw.pragma(`user_version = ${latestSchemaVersion + 3}`);
    raw.close();
    const { must } = await host(dir);
    expect(await must('recovery.status', {})).toMatchObject({
      state: 'needs-recovery',
      problem: { kind: 'newer', message: expect.stringMatching(/newer version of Afterword.*Please update Afterword\. Or open a backup/) },
      offered: backup,
    });
  });

  it('with no backup at all: starts with empty data, the file kept aside', async () => {
    const dir = tempDir();
    fs.writeFileSync(dbFile(dir), 'SQLite format 3\u0000 and then nothing that makes sense'.padEnd(4096, '!'));
    const { must } = await host(dir);
    expect(await must('recovery.status', {})).toMatchObject({ state: 'needs-recovery', backups: [], offered: null });
    const result = await must('recovery.startEmpty', {});
    expect(result.restored).toBeNull();
    expect(fs.readFileSync(result.setAside[0]!, 'utf8')).toMatch(/^SQLite format 3/);
    expect(await must('opportunities.list', {})).toEqual([]);
  });
});
