import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../../shared/api/contract';
import { readExportHeader, type ExportFile } from '../../../shared/api/user-data/export-file';
import { exportTableNames } from '../../../shared/api/user-data/export-tables';
import type { UserDataMethod } from '../../../shared/api/user-data/methods';
import type { ImportPreview } from '../../../shared/api/user-data/schemas';
import type { Backups } from '../backups/backups';
import { chooseOneFile } from '../choose-file';
import type { Clock } from '../clock';
import { InvalidInputError, NeedsConfirmationError } from '../core-errors';
import type { Migration } from '../db/migrations/migration';
import type { Db } from '../db/open-database';
import type { DialogPort } from '../os-ports';
import type { Repositories } from '../repositories';
import { applyExport, holdsNoData, holdsNothing, matchPeople } from './apply-export';
import { deleteEverything } from './delete-all';
import { writeExportFiles } from './export-files';
import { readEverything } from './read-everything';
import { upgradeExport } from './upgrade-export';

/** Larger than any export of a person's job search; a file this big is not one. */
export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;

export interface UserDataPorts {
  db: Db;
  backups: Backups;
  dialogs: DialogPort;
  clock: Clock;
  appVersion: string;
  migrations: readonly Migration[];
}

interface ChosenExport {
  fileName: string;
  header: Omit<ImportPreview, 'token' | 'fileName' | 'into' | 'tables' | 'matches'>;
  tables: ExportFile['tables'];
}

/** Thrown to undo a dry run: the preview is the import itself, rolled back. */
const DRY_RUN = Symbol('dry run');

function count(db: Db, sql: string): number {
  return (db.prepare(sql).pluck().get() as number) ?? 0;
}

/** Export everything, import an export, delete it all. */
export function userDataHandlers(repos: Pick<Repositories, 'transaction' | 'people'>, ports: UserDataPorts): Pick<Handlers, UserDataMethod> {
  const { db, backups, dialogs, clock, appVersion, migrations } = ports;
  const chosen = new Map<string, ChosenExport>();

  function readChosen(file: string): ChosenExport {
    const fileName = path.basename(file);
    const refuse = (message: string) => new InvalidInputError('file', `${fileName}: ${message}`);
    if (fs.statSync(file).size > MAX_EXPORT_BYTES) throw refuse('This file is larger than 256 MB, so it is not an Afterword export. Nothing was imported.');
    const header = readExportHeader(fs.readFileSync(file, 'utf8'), migrations.length);
    if (!header.ok) throw refuse(header.message);
    const tables = upgradeExport(header.value, migrations);
    if (!tables.ok) throw refuse(tables.message);
    const { appVersion: madeBy, exportedAt, schemaVersion } = header.value;
    return { fileName, header: { appVersion: madeBy, exportedAt, schemaVersion }, tables: tables.value };
  }

  function preview(token: string, file: ChosenExport): ImportPreview {
    let tables: ImportPreview['tables'] = [];
    const into = holdsNoData(db) ? 'empty' : 'data';
    try {
      repos.transaction(() => {
        tables = applyExport(db, repos.people, file.tables, {});
        throw DRY_RUN;
      })();
    } catch (error) {
      if (error !== DRY_RUN) throw error;
    }
    const matches = into === 'empty' ? [] : matchPeople(repos.people, file.tables.people);
    return { token, fileName: file.fileName, ...file.header, into, tables, matches };
  }

  /** What the data holds, in words, the counts that are 0 left out ("1 opportunity and 1 interview, with every review…"). */
  function whatGoes(s: ReturnType<typeof summary>): string {
    const counted = [
      [s.opportunities, 'opportunity', 'opportunities'],
      [s.interviews, 'interview', 'interviews'],
      [s.people, 'person', 'people'],
      [s.notes, 'note', 'notes'],
    ] as const;
    const parts = counted.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
    if (parts.length === 0) return 'every template and print queue item';
    const listed = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
    return `${listed}, with every review, plan and print queue item`;
  }

  function summary() {
    return {
      opportunities: count(db, 'SELECT count(*) FROM opportunities'),
      interviews: count(db, 'SELECT count(*) FROM interviews'),
      people: count(db, 'SELECT count(*) FROM people WHERE deleted_at IS NULL'),
      notes: count(db, "SELECT count(*) FROM notes WHERE body <> ''"),
      rows: exportTableNames.reduce((n, name) => n + count(db, `SELECT count(*) FROM "${name}"`), 0),
      backups: backups.count(),
    };
  }

  return {
    'userData.exportEverything': async () => {
      const day = clock.now().toISOString().slice(0, 10);
      const target = await dialogs.showSaveDialog({
        title: 'Export everything',
        defaultPath: `Afterword ${day}.json`,
        filters: [{ name: 'Afterword export', extensions: ['json'] }],
      });
      if (target === null) return null;
      const file = readEverything(db, { appVersion, schemaVersion: migrations.length, exportedAt: clock.now() });
      const files = writeExportFiles(target, file, repos.people.list());
      return { files, rows: Object.fromEntries(Object.entries(file.tables).map(([name, rows]) => [name, rows.length])) };
    },
    'userData.chooseImport': async () => {
      const file = await chooseOneFile(dialogs, 'Import an export', { name: 'Afterword export', extensions: ['json'] });
      if (!file) return { kind: 'cancelled' as const };
      const read = readChosen(file);
      const token = randomUUID();
      let shown: ImportPreview;
      try {
        shown = preview(token, read);
      } catch (error) {
        // A record the database refuses (a reference to nothing) is found by the dry run.
        if (error instanceof InvalidInputError) throw new InvalidInputError('file', `${read.fileName}: ${error.message}`);
        throw error;
      }
      chosen.set(token, read);
      return { kind: 'ready' as const, preview: shown };
    },
    'userData.import': async ({ token, people }) => {
      const file = chosen.get(token);
      if (!file) throw new InvalidInputError('token', 'That file is no longer open. Choose it again with “Import an export”.');
      const savedFirst = holdsNothing(db) ? null : await backups.take('before-import');
      const tables = repos.transaction(() => applyExport(db, repos.people, file.tables, people ?? {}))();
      chosen.delete(token);
      return { tables, savedFirst };
    },
    'userData.summary': () => summary(),
    'userData.deleteAll': async ({ confirmed, alsoBackups }) => {
      const s = summary();
      if (!confirmed) {
        throw new NeedsConfirmationError(
          'confirmed',
          alsoBackups
            ? `This deletes ${whatGoes(s)}, your settings and all ${s.backups} backups, from this computer. It cannot be undone.`
            : `This deletes ${whatGoes(s)}, and your settings. A backup is taken first, so Restore in Settings → Backups can bring it back.`,
        );
      }
      const savedFirst = alsoBackups || holdsNothing(db) ? null : await backups.take('before-delete');
      const deletedRows = deleteEverything(db);
      const backupsDeleted = alsoBackups ? await backups.deleteAll() : 0;
      return { deletedRows, savedFirst, backupsDeleted };
    },
  };
}
