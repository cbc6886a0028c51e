/**
 * The crash soak: a child process writes through the core while this process SIGKILLs it at
 * a random moment, then opens the data as the app would, runs PRAGMA integrity_check on it
 * and on every backup, and checks that every write the child had acknowledged (in every
 * round so far) is there. `npm run soak` runs 100 kills; the unit suite runs 10.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { parseBackupName } from '../../electron/core/backups/backup-names';
import { DATABASE_FILE } from '../../electron/core/db/open-database';
import { ACK_FILE, nextKeystroke, typedAfter, type Ack } from './soak-text';

const ROOT = path.resolve(__dirname, '../..');

export interface SoakReport {
  kills: number;
  /** Rounds after which the database (or a backup) failed to open or failed integrity_check. */
  corrupt: number;
  /** Acknowledged writes not found (or not as acknowledged). */
  lost: number;
  acknowledged: number;
  backupsChecked: number;
  /** Kills that landed while a backup was being copied or checked (its partial copy was left). */
  duringBackup: number;
  /** The writes the child acknowledged in the round it was killed, smallest and largest. */
  perRound: { min: number; max: number };
  problems: string[];
}

export interface SoakOptions {
  kills: number;
  /** The longest the child writes before it is killed (ms, after it says it is ready). */
  maxLifeMs?: number;
  seed?: number;
  log?: (line: string) => void;
}

/** A small seeded generator (mulberry32), so a run can be repeated from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The writer, bundled once into node_modules/.cache so each round starts in plain Node in a moment. */
async function bundleWriter(): Promise<string> {
  const out = path.join(ROOT, 'node_modules/.cache/afterword-soak/soak-writer.cjs');
  await build({
    entryPoints: [path.join(__dirname, 'soak-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    packages: 'external',
    outfile: out,
    logLevel: 'silent',
  });
  return out;
}

function readAcks(dataDir: string): Ack[] {
  const file = path.join(dataDir, ACK_FILE);
  if (!fs.existsSync(file)) return [];
  // A line cut off by the kill was never a whole acknowledgement.
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.endsWith('}'))
    .map((line) => JSON.parse(line) as Ack);
}

/** Runs the writer until it says it is ready, lets it write for `lifeMs`, then SIGKILLs it. */
function killDuringWrites(writer: string, dataDir: string, round: number, lifeMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir, String(round)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      if (!killed && d.toString().includes('ready')) {
        killed = true;
        setTimeout(() => child.kill('SIGKILL'), lifeMs);
      }
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`round ${round}: the writer stopped by itself (code ${code}): ${stderr.trim()}`));
    });
  });
}

function integrity(file: string): string {
  try {
    const db = new Database(file, { fileMustExist: true });
    try {
      return String(db.pragma('integrity_check', { simple: true }));
    } finally {
      db.close();
    }
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Every acknowledged write, looked for in the database as the app opens it. */
function missing(file: string, acks: readonly Ack[]): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const opportunity = db.prepare<[string], { company: string; notes: string }>('SELECT company, notes FROM opportunities WHERE id = ?');
    const person = db.prepare<[string], { full_name: string }>('SELECT full_name FROM people WHERE id = ?');
    const interview = db.prepare<[string], { opportunity_id: string }>('SELECT opportunity_id FROM interviews WHERE id = ?');
    const typed = new Map<string, number>();
    const lost: string[] = [];
    for (const a of acks) {
      if (a.kind === 'opportunity' && opportunity.get(a.id)?.company !== a.company) lost.push(`opportunity ${a.id}`);
      if (a.kind === 'person' && person.get(a.id)?.full_name !== a.fullName) lost.push(`person ${a.id}`);
      if (a.kind === 'interview' && interview.get(a.id)?.opportunity_id !== a.opportunityId) lost.push(`interview ${a.id}`);
      if (a.kind === 'typed') typed.set(a.id, Math.max(typed.get(a.id) ?? 0, a.keystrokes));
    }
    // The last acknowledged keystroke is there, or the next one (saved, then killed before its acknowledgement).
    for (const [id, keystrokes] of typed) {
      const notes = opportunity.get(id)?.notes ?? '';
      if (notes !== typedAfter(keystrokes) && notes !== typedAfter(nextKeystroke(keystrokes)))
        lost.push(`keystroke ${keystrokes} of ${id} (found ${notes.length} characters)`);
    }
    return lost;
  } finally {
    db.close();
  }
}

export async function runSoak({ kills, maxLifeMs = 600, seed = Date.now() % 1_000_000, log = () => {} }: SoakOptions): Promise<SoakReport> {
  const next = random(seed);
  const writer = await bundleWriter();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterword-soak-'));
  const report: SoakReport = {
    kills: 0,
    corrupt: 0,
    lost: 0,
    acknowledged: 0,
    backupsChecked: 0,
    duringBackup: 0,
    perRound: { min: Infinity, max: 0 },
    problems: [],
  };
  log(`soak: ${kills} kills, seed ${seed}, data in ${dataDir}`);
  try {
    for (let round = 1; round <= kills; round++) {
      const before = readAcks(dataDir).length;
      await killDuringWrites(writer, dataDir, round, Math.floor(next() * maxLifeMs));
      report.kills += 1;
      const acks = readAcks(dataDir);
      const inRound = acks.length - before;
      report.perRound = { min: Math.min(report.perRound.min, inRound), max: Math.max(report.perRound.max, inRound) };
      report.acknowledged = acks.length;

      const file = path.join(dataDir, DATABASE_FILE);
      const checks = [{ what: 'the database', file }];
      const backups = path.join(dataDir, 'backups');
      if (fs.existsSync(backups)) {
        const files = fs.readdirSync(backups);
        for (const b of files.filter((n) => parseBackupName(n))) checks.push({ what: `backup ${b}`, file: path.join(backups, b) });
        if (files.some((n) => n.endsWith('.partial'))) report.duringBackup += 1;
      }
      let corrupt = false;
      for (const c of checks) {
        const answer = integrity(c.file);
        if (c.what !== 'the database') report.backupsChecked += 1;
        if (answer !== 'ok') {
          corrupt = true;
          report.problems.push(`round ${round}: ${c.what}: ${answer}`);
        }
      }
      if (corrupt) report.corrupt += 1;
      else {
        const lost = missing(file, acks);
        report.lost += lost.length;
        report.problems.push(...lost.map((l) => `round ${round}: lost ${l}`));
      }
      log(`round ${round}: killed after ${inRound} acknowledged writes; ${checks.length} files checked; ${report.corrupt} corrupt, ${report.lost} lost so far`);
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  if (report.perRound.min === Infinity) report.perRound.min = 0;
  return report;
}
