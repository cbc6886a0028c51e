import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The real print system for print tests: CUPS with the cups-pdf queue "PDF", which writes
 * each job it accepts as a PDF file. .ci/run installs and starts it; on a developer's
 * machine, as root, the test runners' global setup (startPrintServiceForTests) starts cupsd
 * and adds the queue once, before any test. After that nothing here ever starts cupsd
 * again: a scheduler that dies during a test fails that test, with the reason.
 */
export const PDF_QUEUE = 'PDF';

function ok(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function schedulerRunning(env: NodeJS.ProcessEnv = process.env): boolean {
  try {
    return execFileSync('lpstat', ['-r'], { encoding: 'utf8', env: { ...env, LC_ALL: 'C' } }).includes('scheduler is running');
  } catch {
    return false;
  }
}

/** A process that exists and has not died (a zombie has died, though its entry lingers). */
function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) [ZX]/.test(stat);
  } catch {
    return false;
  }
}

/** The system scheduler's process id, or null when none runs. */
export function schedulerPid(): number | null {
  for (const file of ['/run/cups/cupsd.pid', '/var/run/cups/cupsd.pid']) {
    try {
      const pid = Number(fs.readFileSync(file, 'utf8').trim());
      if (pid > 0 && alive(pid)) return pid;
    } catch {
      // try the next place, then the process list
    }
  }
  try {
    const pids = execFileSync('pgrep', ['-x', 'cupsd'], { encoding: 'utf8' }).trim().split('\n').map(Number).filter(alive);
    return pids[0] ?? null;
  } catch {
    return null;
  }
}

/** Run once before the suite (global setup): as root, starts cupsd and adds the queue when missing. */
export function startPrintServiceForTests(): void {
  if (process.getuid?.() !== 0) return;
  if (!schedulerRunning()) {
    execFileSync('cupsd');
    for (let i = 0; i < 50 && !schedulerRunning(); i++) execFileSync('sleep', ['0.2']);
  }
  if (!ok('lpstat', ['-p', PDF_QUEUE])) {
    execFileSync('lpadmin', ['-p', PDF_QUEUE, '-v', 'cups-pdf:/', '-E', '-P', '/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd'], { stdio: 'ignore' });
  }
}

/** Fails unless the scheduler runs and the cups-pdf queue exists; never starts anything. */
export function ensureCupsPdfQueue(): number {
  if (!schedulerRunning()) {
    throw new Error('The print tests need a running CUPS scheduler (see .ci/run): it is not running. Start it with `cupsd`.');
  }
  if (!ok('lpstat', ['-p', PDF_QUEUE])) {
    throw new Error(
      'The print tests need CUPS with the cups-pdf queue "PDF" (see .ci/run): `lpadmin -p PDF -v cups-pdf:/ -E -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd`.',
    );
  }
  const pid = schedulerPid();
  if (pid === null) throw new Error('The CUPS scheduler answers but its process cannot be found.');
  return pid;
}

function kernelLogTail(): string {
  try {
    const lines = execFileSync('dmesg', [], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .filter((l) => /cupsd/.test(l));
    return lines.slice(-2).join('\n');
  } catch {
    return '';
  }
}

/** Fails the calling test when the scheduler that ran at its start (pid) is gone or replaced. */
export function expectSchedulerAlive(pid: number, during: string): void {
  const running = schedulerRunning();
  const now = schedulerPid();
  if (running && now === pid) return;
  const what = now === null ? 'died' : now !== pid ? `was replaced by pid ${now}` : 'stopped answering';
  const kernel = kernelLogTail();
  throw new Error(`The CUPS scheduler (pid ${pid}) ${what} during ${during}.${kernel ? ` Kernel log:\n${kernel}` : ''}`);
}

/** Where cups-pdf writes jobs: its Out setting with ${HOME} (of the user who printed) filled in. */
export function cupsPdfOutputDir(): string {
  let out = '${HOME}/PDF';
  try {
    const conf = fs.readFileSync('/etc/cups/cups-pdf.conf', 'utf8');
    out = /^Out\s+(.+)$/m.exec(conf)?.[1]?.trim() ?? out;
  } catch {
    // the package default
  }
  return path.resolve(out.replace('${HOME}', os.homedir()).replace('${USER}', os.userInfo().username));
}

export function pdfsIn(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.pdf'))
      .map((f) => path.join(dir, f));
  } catch {
    return [];
  }
}

const jobFiles: string[] = [];

/** Removes the job files the tests made, so the printer's output folder does not grow. */
export function removePrintedJobs(): void {
  for (const f of jobFiles.splice(0)) fs.rmSync(f, { force: true });
}

const complete = (f: string) => {
  try {
    return fs.readFileSync(f).includes('%%EOF');
  } catch {
    return false;
  }
};

/** Waits until `count` new PDFs (whose names match, when given) appeared, complete, in the output folder. */
export async function waitForNewPdfs(dir: string, before: string[], count: number, timeoutMs = 30_000, named?: RegExp): Promise<string[]> {
  const start = Date.now();
  for (;;) {
    const fresh = pdfsIn(dir).filter((f) => !before.includes(f) && (!named || named.test(path.basename(f))));
    const done = fresh.filter(complete);
    if (done.length >= count) {
      jobFiles.push(...done);
      return done;
    }
    if (Date.now() - start > timeoutMs) throw new Error(`Only ${done.length} of ${count} print jobs came out in ${dir}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The file cups-pdf wrote for each job ("PDF-12" → "…-job_12.pdf"), waiting until all are
 * complete: jobs are told apart by id, so other prints to the same queue do not count.
 */
export async function jobFilesFor(jobIds: string[], timeoutMs = 60_000, dir = cupsPdfOutputDir()): Promise<string[]> {
  const suffixes = jobIds.map((id) => `-job_${/-(\d+)$/.exec(id)?.[1] ?? 'none'}.pdf`);
  const start = Date.now();
  for (;;) {
    const all = pdfsIn(dir);
    const found = suffixes.map((s) => all.find((f) => f.endsWith(s) && complete(f)));
    if (found.every(Boolean)) {
      jobFiles.push(...(found as string[]));
      return found as string[];
    }
    if (Date.now() - start > timeoutMs) {
      throw new Error(
        `Only ${found.filter(Boolean).length} of ${jobIds.length} job files came out in ${dir}; missing: ${jobIds.filter((_, i) => !found[i]).join(', ')}`,
      );
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
