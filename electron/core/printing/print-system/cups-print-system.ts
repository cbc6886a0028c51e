import { execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';
import { cupsJobStates } from './cups-jobs';
import { cupsAddress } from './cups-server';
import { CUPS_NOT_RUNNING, PrintError, PrintServiceDownError, type JobStatus, type PrintSystem, type PrinterInfo } from './print-system';

const run = promisify(execFile);

interface ExecFailure {
  code?: string | number;
  stderr?: string;
}

const NOT_INSTALLED = 'The print system (CUPS) is not installed or not on the PATH.';

function explain(error: unknown, what: string): PrintError {
  const e = error as ExecFailure;
  if (e.code === 'ENOENT') return new PrintError(NOT_INSTALLED);
  const detail = (e.stderr ?? '')
    .trim()
    .split('\n')[0]
    ?.replace(/^lp(stat)?:\s*/, '');
  return new PrintError(detail ? `${what}: ${detail}` : `${what}.`);
}

/**
 * Printing through CUPS's own commands, with argument lists: nothing reaches a shell. Jobs
 * are followed over IPP (`askJobs`), with lpstat's coarser lists where IPP cannot be spoken.
 */
export function cupsPrintSystem(env: NodeJS.ProcessEnv = process.env, askJobs: typeof cupsJobStates = cupsJobStates): PrintSystem {
  // The C locale keeps lp's and lpstat's output in the words parsed below.
  const options = { env: { ...env, LC_ALL: 'C', LANG: 'C' }, timeout: 30_000 };

  async function serviceProblem(): Promise<string | null> {
    try {
      const { stdout } = await run('lpstat', ['-r'], options);
      return /scheduler is running/.test(stdout) ? null : CUPS_NOT_RUNNING;
    } catch (error) {
      if ((error as ExecFailure).code === 'ENOENT') return NOT_INSTALLED;
      return CUPS_NOT_RUNNING;
    }
  }

  /** Ids of the jobs lpstat lists as finished or as not finished; used only when IPP cannot be spoken. */
  async function listed(which: 'completed' | 'not-completed'): Promise<Set<string>> {
    const { stdout } = await run('lpstat', ['-W', which, '-o'], options);
    return new Set(
      stdout
        .split('\n')
        .map((l) => l.split(/\s+/)[0] ?? '')
        .filter(Boolean),
    );
  }

  return {
    serviceProblem,

    async listPrinters(): Promise<PrinterInfo[]> {
      const problem = await serviceProblem();
      if (problem) throw new PrintServiceDownError(problem);
      let names: string[];
      try {
        const { stdout } = await run('lpstat', ['-e'], options);
        names = stdout
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
      } catch (error) {
        const e = error as ExecFailure;
        // lpstat exits non-zero when there are no destinations at all.
        if (e.code !== 'ENOENT' && /no destinations/i.test(e.stderr ?? '')) return [];
        throw explain(error, 'Could not list printers');
      }
      let defaultName = '';
      try {
        const { stdout } = await run('lpstat', ['-d'], options);
        defaultName = /destination:\s*(\S+)/.exec(stdout)?.[1] ?? '';
      } catch {
        defaultName = '';
      }
      return names.map((name) => ({ name, isDefault: name === defaultName }));
    },

    async print({ file, printer, media, title }) {
      try {
        const { stdout } = await run('lp', ['-d', printer, '-o', `media=${media.cups}`, '-o', 'fit-to-page=false', '-t', title, '--', file], options);
        const jobId = /request id is (\S+)/.exec(stdout)?.[1];
        if (!jobId) throw new PrintError(`The printer "${printer}" did not accept the job.`);
        return { jobId };
      } catch (error) {
        if (error instanceof PrintError) throw error;
        // lp says "The printer or class does not exist" when it cannot reach the scheduler at all.
        const problem = await serviceProblem();
        if (problem) throw new PrintServiceDownError(problem);
        throw explain(error, `Printing to "${printer}" failed`);
      }
    },

    async jobStatus(jobIds: string[]): Promise<Map<string, JobStatus>> {
      if (jobIds.length === 0) return new Map();
      try {
        return await askJobs(cupsAddress(env), os.userInfo().username, jobIds);
      } catch {
        const problem = await serviceProblem();
        if (problem) throw new PrintServiceDownError(problem);
        // A scheduler Afterword cannot speak IPP to (encryption required, say): lpstat still
        // tells finished from unfinished, though not a cancelled job from a printed one.
        const [done, waiting] = await Promise.all([listed('completed'), listed('not-completed')]);
        return new Map(jobIds.map((id) => [id, { state: waiting.has(id) ? 'pending' : done.has(id) ? 'completed' : 'gone', detail: null }]));
      }
    },
  };
}
