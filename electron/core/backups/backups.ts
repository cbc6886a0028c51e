import fs from 'node:fs';
import path from 'node:path';
import type { BackupHolds, BackupInfo, BackupKind } from '../../../shared/api/backups/schemas';
import type { Clock } from '../clock';
import { APPLICATION_ID, databaseFile, integrityLines } from '../db/open-database';
import type { Logger } from '../logger';
import { backupFileName, parseBackupName, type BackupName } from './backup-names';
import { backupsToRemove } from './rotation';
import { backupInWorker, inspectInWorker, SqliteTaskError, type CountQuery, type FileAnswer } from './sqlite-worker';

export const BACKUPS_FOLDER = 'backups';

/** What a backup holds, as the list shows it: the people and notes the user has, not the deleted ones. */
const HOLDS: Record<keyof BackupHolds, CountQuery> = {
  opportunities: { table: 'opportunities' },
  people: { table: 'people', where: 'deleted_at IS NULL' },
  notes: { table: 'notes', where: "body <> ''" },
};

/** A backup could not be taken, or failed its check; nothing was kept and nothing rotated away. */
export class BackupFailedError extends Error {
  /** Why, as a sentence about the file ("This file is not a SQLite database…"). */
  constructor(readonly problem: string) {
    super(`The backup was not kept: ${problem}`);
  }
}

export function backupsFolder(dataDir: string): string {
  return path.join(dataDir, BACKUPS_FOLDER);
}

/** A rename is on disk only once its folder is synced (POSIX); Windows has no such call for folders. */
export function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(folder, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Why a file cannot be restored, in words, or null when it can. */
export function problemOf(answer: FileAnswer, latestSchemaVersion: number): string | null {
  if (!answer.ok) {
    if (answer.code === 'SQLITE_NOTADB') return 'This file is not a SQLite database, so it is not an Afterword backup.';
    if (answer.code?.startsWith('SQLITE_CORRUPT')) return `This backup is damaged (${answer.message}).`;
    return `This backup cannot be read: ${answer.message}.`;
  }
  const r = answer.reading;
  if (!r.intact) return `This backup is damaged: SQLite's integrity check found problems (${integrityLines(r.problems).slice(0, 2).join('; ')}).`;
  if (r.applicationId !== APPLICATION_ID) return 'This SQLite file is not an Afterword backup.';
  if (r.userVersion > latestSchemaVersion) {
    return `This backup was made by a newer version of Afterword (data version ${r.userVersion}; this version reads up to ${latestSchemaVersion}). Update Afterword to restore it.`;
  }
  return null;
}

export interface BackupsOptions {
  dataDir: string;
  clock: Clock;
  logger: Logger;
  latestSchemaVersion: number;
}

/**
 * The backups folder: copies taken with SQLite's online backup API in a worker thread, each
 * opened and passing PRAGMA integrity_check before it gets its name and before older ones are
 * rotated away. One copy is taken at a time.
 */
export function createBackups({ dataDir, clock, logger, latestSchemaVersion }: BackupsOptions) {
  const folder = backupsFolder(dataDir);
  let queue: Promise<unknown> = Promise.resolve();

  function names(): BackupName[] {
    if (!fs.existsSync(folder)) return [];
    return fs
      .readdirSync(folder)
      .map(parseBackupName)
      .filter((b): b is BackupName => b !== null)
      .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  }

  /** What a backup is, or null when its file went while it was being read (rotated away by a backup just taken). */
  function infoOf(b: BackupName, answer: FileAnswer): BackupInfo | null {
    const problem = problemOf(answer, latestSchemaVersion);
    const stat = fs.statSync(path.join(folder, b.name), { throwIfNoEntry: false });
    if (!stat) return null;
    return {
      name: b.name,
      kind: b.kind,
      takenAt: b.takenAt.toISOString(),
      bytes: stat.size,
      holds: answer.ok ? (answer.reading.counts as BackupHolds) : null,
      schemaVersion: answer.ok ? answer.reading.userVersion : null,
      problem,
    };
  }

  /** A free name for a backup taken now (two in the same millisecond get the next one). */
  function freshName(kind: BackupKind): string {
    let at = clock.now().getTime();
    while (fs.existsSync(path.join(folder, backupFileName(kind, new Date(at))))) at += 1;
    return backupFileName(kind, new Date(at));
  }

  async function takeNow(kind: BackupKind, source: string): Promise<BackupInfo> {
    fs.mkdirSync(folder, { recursive: true });
    const name = freshName(kind);
    const partial = path.join(folder, `.${name}.partial`);
    let answer: FileAnswer;
    try {
      answer = { ok: true, reading: await backupInWorker(source, partial, HOLDS) };
    } catch (error) {
      answer = { ok: false, message: error instanceof Error ? error.message : String(error), code: error instanceof SqliteTaskError ? error.code : null };
    }
    const problem = problemOf(answer, latestSchemaVersion);
    if (problem) {
      fs.rmSync(partial, { force: true });
      fs.rmSync(`${partial}-journal`, { force: true });
      logger.warn(`backup ${name} not kept: ${problem}`);
      throw new BackupFailedError(problem);
    }
    fs.renameSync(partial, path.join(folder, name));
    syncFolder(folder);
    const taken = parseBackupName(name)!;
    // Off the main thread: unlinking a backup of tens of megabytes takes ~25 ms (measured in bench/backup.bench.ts), a save's worth of stall.
    await Promise.all(backupsToRemove(names(), name).map((old) => fs.promises.rm(path.join(folder, old.name), { force: true })));
    logger.info(`backup ${name} taken and checked`);
    const info = infoOf(taken, answer);
    if (!info) throw new BackupFailedError(`The backup ${name} was removed as soon as it was taken.`);
    return info;
  }

  async function inspect(list: BackupName[], integrity: boolean): Promise<BackupInfo[]> {
    if (list.length === 0) return [];
    const answers = await inspectInWorker(
      list.map((b) => path.join(folder, b.name)),
      HOLDS,
      integrity,
    );
    return list.flatMap((b, i) => infoOf(b, answers[i]!) ?? []);
  }

  return {
    folder,
    /** The folder, made if it is not there yet (to be shown before the first backup). */
    ensureFolder(): string {
      fs.mkdirSync(folder, { recursive: true });
      return folder;
    },
    /** Copies left by a backup that was killed half-way; never a backup, so never kept. */
    removeLeftovers(): void {
      if (!fs.existsSync(folder)) return;
      for (const f of fs.readdirSync(folder)) if (f.startsWith('.') && f.includes('.partial')) fs.rmSync(path.join(folder, f), { force: true });
    },
    /** Takes a checked copy of the database (the live one unless another file is named). */
    take(kind: BackupKind, source: string = databaseFile(dataDir)): Promise<BackupInfo> {
      const next = queue.then(() => takeNow(kind, source));
      queue = next.catch(() => {});
      return next;
    },
    /** Every backup, newest first, with what it holds (counted, not integrity-checked: that waits for a restore). */
    list(): Promise<BackupInfo[]> {
      return inspect(names(), false);
    },
    /** One backup read in full, integrity_check included: what a restore relies on. */
    async check(name: string): Promise<BackupInfo | null> {
      const b = names().find((x) => x.name === name);
      return b ? ((await inspect([b], true))[0] ?? null) : null;
    },
    /** The newest backup that passes integrity_check and this version can open, or null. */
    async newestGood(): Promise<BackupInfo | null> {
      for (const b of names()) {
        const [info] = await inspect([b], true);
        if (info && info.problem === null) return info;
      }
      return null;
    },
    /** When the newest automatic backup was taken, or null when there is none. */
    lastAutomatic(): Date | null {
      return names().find((b) => b.kind === 'automatic')?.takenAt ?? null;
    },
    count(): number {
      return names().length;
    },
    /** "Delete all my data" with the backups: every backup and every file set aside goes. Answers how many backups went. */
    async deleteAll(): Promise<number> {
      const removing = queue.then(() => {
        const n = names().length;
        if (fs.existsSync(folder)) for (const f of fs.readdirSync(folder)) fs.rmSync(path.join(folder, f), { recursive: true, force: true });
        return n;
      });
      queue = removing.catch(() => {});
      return removing;
    },
    fileOf(name: string): string {
      return path.join(folder, name);
    },
  };
}

export type Backups = ReturnType<typeof createBackups>;
