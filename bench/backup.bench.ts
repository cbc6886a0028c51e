/**
 * Do backups hold up typing? Keystroke-like saves (one notes.save per keystroke, 20 a second,
 * as the autosave sends them) go through the core on a large database, first with nothing
 * else running (the baseline), then while Afterword's backup runs (SQLite's online backup
 * and the integrity check, in a worker thread), then, for reference, while the same backup
 * and check run on the main thread as better-sqlite3 does by default. Each save's latency is
 * counted from the moment it was due, so a stalled event loop shows, not only a slow write.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openCoreHost, type CoreHost } from '../electron/core/core-host';
import { databaseFile, openDatabase } from '../electron/core/db/open-database';
import { testPorts } from '../tests/unit/helpers/core-ports';
import type { Report } from './harness';

const OPPORTUNITIES = 2_000;
const PEOPLE_PER_OPPORTUNITY = 6;
const NOTE_CHARS = 2_500;
const KEYSTROKE_MS = 50;
const KEYSTROKES = 200;

function largeDataFolder(): { dir: string; interviewId: string; personId: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterword-bench-backup-'));
  const db = openDatabase(dir);
  const now = '2026-03-14T09:00:00.000Z';
  const text = 'Thank you for the conversation about the depot rollout and the forecasting work. '.repeat(Math.ceil(NOTE_CHARS / 80)).slice(0, NOTE_CHARS);
  const opp = db.prepare("INSERT INTO opportunities (id, company, role, created_at, updated_at) VALUES (?, ?, 'Analyst', ?, ?)");
  const int = db.prepare("INSERT INTO interviews (id, opportunity_id, date, created_at, updated_at) VALUES (?, ?, '2026-03-10', ?, ?)");
  const per = db.prepare('INSERT INTO people (id, full_name, company, company_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const par = db.prepare('INSERT INTO interview_participants (interview_id, person_id, position, notes, created_at, updated_at) VALUES (?, ?, 0, ?, ?, ?)');
  const note = db.prepare("INSERT INTO notes (id, interview_id, person_id, kind, body, created_at, updated_at) VALUES (?, ?, ?, 'email', ?, ?, ?)");
  let first = { interviewId: '', personId: '' };
  db.transaction(() => {
    for (let o = 0; o < OPPORTUNITIES; o++) {
      const oid = randomUUID();
      const iid = randomUUID();
      opp.run(oid, `Company ${o}`, now, now);
      int.run(iid, oid, now, now);
      for (let p = 0; p < PEOPLE_PER_OPPORTUNITY; p++) {
        const pid = randomUUID();
        per.run(pid, `Person ${o}-${p}`, `Company ${o}`, `company ${o}`, now, now);
        par.run(iid, pid, text.slice(0, 800), now, now);
        note.run(randomUUID(), iid, pid, `${text} ${o}-${p}`, now, now);
        if (!first.interviewId) first = { interviewId: iid, personId: pid };
      }
    }
  })();
  db.close();
  return { dir, ...first };
}

interface Series {
  p50: number;
  p95: number;
  max: number;
  /** The longest the main thread's event loop was held up (what would hold up every IPC call), ms. */
  stall: number;
}

function series(latencies: number[], stall: number): Series {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]!, stall };
}

/** Types KEYSTROKES characters into one note, one save per keystroke, each due KEYSTROKE_MS after the last. */
async function type(host: CoreHost, target: { interviewId: string; personId: string }, label: string, during: () => Promise<unknown>): Promise<Series> {
  const latencies: number[] = [];
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  let running = true;
  const background = (async () => {
    while (running) await during();
  })();
  const start = performance.now();
  for (let k = 0; k < KEYSTROKES; k++) {
    const due = start + k * KEYSTROKE_MS;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const result = await host.dispatch('notes.save', { ...target, kind: 'letter', body: `${label} `.repeat(4) + 'x'.repeat(k) });
    if (!result.ok) throw new Error(result.error.message);
    latencies.push(performance.now() - due);
  }
  running = false;
  await background;
  loop.disable();
  return series(latencies, loop.max / 1e6);
}

/** The longest the event loop is held up while `work` runs and nothing else does (ms). */
async function stallDuring(work: () => Promise<unknown>, rounds: number): Promise<number> {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  for (let i = 0; i < rounds; i++) await work();
  loop.disable();
  return loop.max / 1e6;
}

/**
 * The same backup on the main thread, for reference: one read snapshot held for the copy (as
 * the worker holds it; without it the app's saves restart the copy and it never ends), copied
 * in better-sqlite3's default steps (100 pages, the event loop free between them), then
 * integrity_check on the copy, which holds the main thread for as long as it reads the file.
 */
async function mainThreadBackup(dir: string): Promise<void> {
  const copy = path.join(dir, `main-thread-${randomUUID()}.sqlite`);
  const db = new Database(databaseFile(dir), { readonly: true });
  try {
    db.exec('BEGIN');
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    await db.backup(copy);
  } finally {
    if (db.inTransaction) db.exec('COMMIT');
    db.close();
  }
  const check = new Database(copy, { readonly: true });
  check.pragma('integrity_check');
  check.close();
  fs.rmSync(copy);
}

/** The median of `rounds` timings of `work` (ms). */
async function median(rounds: number, work: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

/** Counts each backup `take` completes and the time they took. */
function timed(take: () => Promise<unknown>) {
  const done = { count: 0, ms: 0 };
  return {
    done,
    async run() {
      const t = performance.now();
      await take();
      done.ms += performance.now() - t;
      done.count += 1;
    },
    text: () => `${done.count} backups of ${(done.ms / Math.max(1, done.count)).toFixed(0)} ms each`,
  };
}

const fmt = (s: Series) =>
  `save p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms; longest event-loop stall ${s.stall.toFixed(0)} ms`;

export const reports: Report[] = [
  {
    name: `typing (a save every ${KEYSTROKE_MS} ms) while a large database is backed up`,
    async run() {
      const { dir, interviewId, personId } = largeDataFolder();
      const ports = testPorts({ appVersion: 'bench' }).ports;
      // What the check at every start costs on this file, against the whole start it is part
      // of (open, check, migrate, build the core), the page cache warm as after a restart.
      const checkMs = await median(5, () => {
        const db = new Database(databaseFile(dir), { readonly: true });
        db.pragma('integrity_check');
        db.close();
      });
      const startMs = await median(5, async () => (await openCoreHost(dir, ports, { schedule: false })).close({ backup: false }));
      const host = await openCoreHost(dir, ports, { schedule: false });
      try {
        const bytes = fs.statSync(databaseFile(dir)).size;
        const target = { interviewId, personId };
        // The event loop alone: idle, during Afterword's backup, during the main-thread one.
        const idle = await stallDuring(() => new Promise((r) => setTimeout(r, 1000)), 3);
        const workerAlone = timed(() => host.backups.take('manual'));
        const inWorker = await stallDuring(workerAlone.run, 3);
        const mainAlone = timed(() => mainThreadBackup(dir));
        const onMain = await stallDuring(mainAlone.run, 3);
        const baseline = await type(host, target, 'baseline', () => new Promise((r) => setTimeout(r, 20)));
        const workerBackups = timed(() => host.backups.take('manual'));
        const worker = await type(host, target, 'worker', workerBackups.run);
        const mainBackups = timed(() => mainThreadBackup(dir));
        const mainThread = await type(host, target, 'main', mainBackups.run);
        return [
          `${(bytes / 1e6).toFixed(0)} MB database; its integrity check at start takes ${checkMs.toFixed(0)} ms of a ${startMs.toFixed(0)} ms start (medians of 5; the check is ${(checkMs / startMs).toFixed(2)} of the start)`,
          `the event loop, nothing else running: longest stall idle ${idle.toFixed(0)} ms, during Afterword's backup (worker; ${workerAlone.text()}) ${inWorker.toFixed(0)} ms, during the same backup on the main thread (${mainAlone.text()}) ${onMain.toFixed(0)} ms`,
          `${KEYSTROKES} saves each (every save syncs to disk, so a backup's writes compete with it for the disk):`,
          `no backup: ${fmt(baseline)}`,
          `during Afterword's backup (worker thread; ${workerBackups.text()}): ${fmt(worker)}; p50 ratio ${(worker.p50 / baseline.p50).toFixed(2)}, p95 ratio ${(worker.p95 / baseline.p95).toFixed(2)}, stall ratio ${(worker.stall / baseline.stall).toFixed(2)}`,
          `reference, the same backup on the main thread (${mainBackups.text()}): ${fmt(mainThread)}; p50 ratio ${(mainThread.p50 / baseline.p50).toFixed(2)}, p95 ratio ${(mainThread.p95 / baseline.p95).toFixed(2)}, stall ratio ${(mainThread.stall / baseline.stall).toFixed(2)}`,
        ].join('\n  ');
      } finally {
        await host.close({ backup: false });
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
