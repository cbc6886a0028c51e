import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { PrintError, type PrintSystem, type PrinterInfo } from './print-system';

const run = promisify(execFile);

interface ExecFailure {
  code?: string | number;
  stderr?: string;
}

function explain(error: unknown, what: string): PrintError {
  const e = error as ExecFailure;
  if (e.code === 'ENOENT') return new PrintError('The print system (CUPS) is not installed or not on the PATH.');
  const detail = (e.stderr ?? '').trim().split('\n')[0]?.replace(/^lp(stat)?:\s*/, '');
  return new PrintError(detail ? `${what}: ${detail}` : `${what}.`);
}

/** Printing through CUPS's own commands, with argument lists: nothing reaches a shell. */
export function cupsPrintSystem(env: NodeJS.ProcessEnv = process.env): PrintSystem {
  // The C locale keeps lp's and lpstat's output in the words parsed below.
  const options = { env: { ...env, LC_ALL: 'C', LANG: 'C' }, timeout: 30_000 };
  return {
    async listPrinters(): Promise<PrinterInfo[]> {
      let names: string[];
      try {
        const { stdout } = await run('lpstat', ['-e'], options);
        names = stdout.split('\n').map((l) => l.trim()).filter(Boolean);
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
        throw explain(error, `Printing to "${printer}" failed`);
      }
    },
  };
}
