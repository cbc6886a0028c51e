import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * What a database file holds, read by a worker thread so the main process never waits for it.
 * `counts` answers the queries it was given, one number each (0 where a table is missing).
 */
export interface FileReading {
  /** True when PRAGMA integrity_check said 'ok' (or was not asked for). */
  intact: boolean;
  /** What PRAGMA integrity_check said, when it was not 'ok' (at most 20 lines). */
  problems: string[];
  applicationId: number;
  userVersion: number;
  counts: Record<string, number>;
}

/** One file's reading, or why it could not be read. */
export type FileAnswer = { ok: true; reading: FileReading } | { ok: false; message: string; code: string | null };

/** A count of one table's rows, with an optional WHERE clause (written by us, never by a user). */
export interface CountQuery {
  table: string;
  where?: string;
}

/** A failure inside the worker, with SQLite's code ('SQLITE_NOTADB', 'SQLITE_CORRUPT'…) when there is one. */
export class SqliteTaskError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

// __filename, not import.meta: the core also runs as CommonJS (the built main process, Playwright).
const require = createRequire(__filename);

/**
 * Where the worker loads better-sqlite3 from. In a packaged app the module is unpacked from
 * the asar archive (electron-builder.yml), and the worker loads it from there as a plain file.
 */
function sqliteModulePath(): string {
  return require.resolve('better-sqlite3').replace(/app\.asar([\\/])/u, 'app.asar.unpacked$1');
}

/*
 * The worker's code, as text: it runs in its own thread with its own SQLite connection, so
 * neither the copy nor the integrity check holds up the main process's event loop. It is
 * plain JavaScript (not a function's source) so no transpiler between here and the app can
 * change it.
 *
 * The copy is taken from one read transaction held open for the whole backup: in WAL mode
 * that snapshot never blocks the app's writes, and since it does not move, the app writing
 * between two steps does not make the backup start over (it would, from a fresh snapshot at
 * every step). So the copy can go in small steps with a pause between them, its pages synced
 * to disk every few steps: the disk is never handed tens of megabytes to flush at once, which
 * would hold up the sync every save does.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const Database = require(workerData.sqlite);
const PAGES_PER_STEP = 256;
const SYNC_EVERY_STEPS = 4;
const PAUSE_MS = 4;
const pause = new Int32Array(new SharedArrayBuffer(4));

function read(db, counts, integrity) {
  const problems = integrity ? db.pragma('integrity_check(20)').map((row) => String(Object.values(row)[0])) : ['ok'];
  const intact = problems.length === 1 && problems[0] === 'ok';
  const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all());
  const counted = {};
  for (const [key, query] of Object.entries(counts)) {
    counted[key] = tables.has(query.table)
      ? db.prepare('SELECT count(*) FROM "' + query.table + '"' + (query.where ? ' WHERE ' + query.where : '')).pluck().get()
      : 0;
  }
  return {
    intact,
    problems: intact ? [] : problems,
    applicationId: db.pragma('application_id', { simple: true }),
    userVersion: db.pragma('user_version', { simple: true }),
    counts: counted,
  };
}

function failure(error) {
  return { ok: false, message: String((error && error.message) || error), code: (error && error.code) || null };
}

async function backup(task) {
  const source = new Database(task.source, { readonly: true, fileMustExist: true });
  let copied = null;
  let steps = 0;
  try {
    source.exec('BEGIN');
    source.prepare('SELECT count(*) FROM sqlite_schema').get();
    await source.backup(task.destination, {
      progress: () => {
        steps += 1;
        if (steps % SYNC_EVERY_STEPS === 0) {
          copied = copied === null ? fs.openSync(task.destination, 'r+') : copied;
          fs.fdatasyncSync(copied);
        }
        Atomics.wait(pause, 0, 0, PAUSE_MS);
        return PAGES_PER_STEP;
      },
    });
  } finally {
    if (copied !== null) fs.closeSync(copied);
    if (source.inTransaction) source.exec('COMMIT');
    source.close();
  }
  const copy = new Database(task.destination, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    return read(copy, task.counts, true);
  } finally {
    copy.close();
  }
}

function inspect(task) {
  return task.files.map((file) => {
    try {
      const db = new Database(file, { readonly: true, fileMustExist: true });
      try {
        return { ok: true, reading: read(db, task.counts, task.integrity) };
      } finally {
        db.close();
      }
    } catch (error) {
      return failure(error);
    }
  });
}

(async () => (workerData.task.kind === 'backup' ? backup(workerData.task) : inspect(workerData.task)))().then(
  (value) => parentPort.postMessage({ ok: true, value }),
  (error) => parentPort.postMessage(failure(error)),
);
`;

type WorkerAnswer<T> = { ok: true; value: T } | { ok: false; message: string; code: string | null };

function runInWorker<T>(task: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { sqlite: sqliteModulePath(), task } });
    let answered = false;
    worker.once('message', (answer: WorkerAnswer<T>) => {
      answered = true;
      if (answer.ok) resolve(answer.value);
      else reject(new SqliteTaskError(answer.message, answer.code));
    });
    worker.once('error', (error) => {
      answered = true;
      reject(new SqliteTaskError(error.message, null));
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new SqliteTaskError(`The backup worker stopped (exit code ${code}).`, null));
    });
  });
}

/**
 * Copies `source` (a live WAL database) with better-sqlite3's online backup API into
 * `destination`, makes the copy one self-contained file (journal_mode DELETE), then opens it
 * and reads it with PRAGMA integrity_check.
 */
export function backupInWorker(source: string, destination: string, counts: Record<string, CountQuery>): Promise<FileReading> {
  return runInWorker({ kind: 'backup', source, destination, counts });
}

/** Opens each file read-only and reads what it holds, with integrity_check when asked. */
export function inspectInWorker(files: string[], counts: Record<string, CountQuery>, integrity: boolean): Promise<FileAnswer[]> {
  return runInWorker({ kind: 'inspect', files, counts, integrity });
}
