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

/** better-sqlite3's backup as it runs by default (100 pages per step on the main thread), then integrity_check on the copy there too. */
async function mainThreadBackup(host: CoreHost, dir: string): Promise<void> {
  const copy = path.join(dir, `main-thread-${randomUUID()}.sqlite`);
  const db = new Database(databaseFile(dir), { readonly: true });
  await db.backup(copy);
  db.close();
  const check = new Database(copy, { readonly: true });
  check.pragma('integrity_check');
  check.close();
  fs.rmSync(copy);
  void host;
}

const fmt = (s: Series) =>
  `save p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms; longest event-loop stall ${s.stall.toFixed(0)} ms`;

export const reports: Report[] = [
  {
    name: `typing (a save every ${KEYSTROKE_MS} ms) while a large database is backed up`,
    async run() {
      const { dir, interviewId, personId } = largeDataFolder();
      // What the check at every start costs on this file (the page cache warm, as after a restart).
      const checkAtStart = (() => {
        const db = new Database(databaseFile(dir), { readonly: true });
        const t = performance.now();
        db.pragma('integrity_check');
        const ms = performance.now() - t;
        db.close();
        return ms;
      })();
      const host = await openCoreHost(dir, testPorts({ appVersion: 'bench' }).ports, { schedule: false });
      try {
        const bytes = fs.statSync(databaseFile(dir)).size;
        const target = { interviewId, personId };
        let backups = 0;
        let backupMs = 0;
        // The event loop alone: idle, during Afterword's backup, during the main-thread one.
        const idle = await stallDuring(() => new Promise((r) => setTimeout(r, 1000)), 3);
        const inWorker = await stallDuring(() => host.backups.take('manual'), 3);
        const onMain = await stallDuring(() => mainThreadBackup(host, dir), 3);
        const baseline = await type(host, target, 'baseline', () => new Promise((r) => setTimeout(r, 20)));
        const worker = await type(host, target, 'worker', async () => {
          const t = performance.now();
          await host.backups.take('manual');
          backupMs += performance.now() - t;
          backups += 1;
        });
        const mainThread = await type(host, target, 'main', () => mainThreadBackup(host, dir));
        return [
          `${(bytes / 1e6).toFixed(0)} MB database; its integrity check at start takes ${checkAtStart.toFixed(0)} ms`,
          `the event loop, nothing else running: longest stall idle ${idle.toFixed(0)} ms, during Afterword's backup (worker) ${inWorker.toFixed(0)} ms, during the same backup on the main thread ${onMain.toFixed(0)} ms`,
          `${KEYSTROKES} saves each (every save syncs to disk, so a backup's writes compete with it for the disk):`,
          `no backup: ${fmt(baseline)}`,
          `during Afterword's backup (worker thread; ${backups} backups of ${(backupMs / backups).toFixed(0)} ms each): ${fmt(worker)}; p50 ratio ${(worker.p50 / baseline.p50).toFixed(2)}, p95 ratio ${(worker.p95 / baseline.p95).toFixed(2)}, stall ratio ${(worker.stall / baseline.stall).toFixed(2)}`,
          `reference, the same on the main thread: ${fmt(mainThread)}; p50 ratio ${(mainThread.p50 / baseline.p50).toFixed(2)}, p95 ratio ${(mainThread.p95 / baseline.p95).toFixed(2)}, stall ratio ${(mainThread.stall / baseline.stall).toFixed(2)}`,
        ].join('\n  ');
      } finally {
        await host.close({ backup: false });
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
