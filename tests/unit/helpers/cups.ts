import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The real print system for print tests: CUPS with the cups-pdf queue "PDF", which writes
 * each job it accepts as a PDF file. .ci/run installs and starts it; on a developer's
 * machine, as root, this starts cupsd and adds the queue when they are missing.
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

export function ensureCupsPdfQueue(): void {
  const running = () => {
    try {
      return execFileSync('lpstat', ['-r'], { encoding: 'utf8' }).includes('is running');
    } catch {
      return false;
    }
  };
  if (!running() && process.getuid?.() === 0) {
    execFileSync('cupsd');
    for (let i = 0; i < 50 && !running(); i++) execFileSync('sleep', ['0.2']);
  }
  if (!ok('lpstat', ['-p', PDF_QUEUE]) && process.getuid?.() === 0) {
    execFileSync('lpadmin', ['-p', PDF_QUEUE, '-v', 'cups-pdf:/', '-E', '-P', '/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd']);
  }
  if (!ok('lpstat', ['-p', PDF_QUEUE])) {
    throw new Error('The print tests need CUPS with the cups-pdf queue "PDF" (see .ci/run): `cupsd` and `lpadmin -p PDF -v cups-pdf:/ -E -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd`.');
  }
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
    return fs.readdirSync(dir).filter((f) => f.endsWith('.pdf')).map((f) => path.join(dir, f));
  } catch {
    return [];
  }
}

const jobFiles: string[] = [];

/** Removes the job files the tests made, so the printer's output folder does not grow. */
export function removePrintedJobs(): void {
  for (const f of jobFiles.splice(0)) fs.rmSync(f, { force: true });
}

/** Waits until `count` new PDFs appeared (and are complete) in the output folder. */
export async function waitForNewPdfs(dir: string, before: string[], count: number, timeoutMs = 30_000): Promise<string[]> {
  const start = Date.now();
  for (;;) {
    const fresh = pdfsIn(dir).filter((f) => !before.includes(f));
    const complete = fresh.filter((f) => fs.readFileSync(f).includes('%%EOF'));
    if (complete.length >= count) {
      jobFiles.push(...complete);
      return complete;
    }
    if (Date.now() - start > timeoutMs) throw new Error(`Only ${complete.length} of ${count} print jobs came out in ${dir}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
