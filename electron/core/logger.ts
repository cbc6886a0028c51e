import fs from 'node:fs';
import path from 'node:path';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export const LOG_FILE = 'afterword.log';
const MAX_BYTES = 2 * 1024 * 1024;
/** A log line never carries more than this of anything: a 1 MB key or a pasted photo is cut. */
export const MAX_LINE = 2000;

export function boundedLine(message: string): string {
  return message.length <= MAX_LINE ? message : `${message.slice(0, MAX_LINE)}… (${message.length - MAX_LINE} more characters left out)`;
}

/**
 * A plain-text log in the data folder that a user can attach to a bug report. One older
 * file is kept when it grows past 2 MB. Writes are synchronous so the last line before a
 * crash is on disk. Never logs note contents, only what happened.
 */
export function createFileLogger(dataDir: string): Logger {
  const file = path.join(dataDir, LOG_FILE);
  fs.mkdirSync(dataDir, { recursive: true });

  function write(level: string, message: string): void {
    try {
      if (fs.existsSync(file) && fs.statSync(file).size > MAX_BYTES) fs.renameSync(file, `${file}.1`);
      fs.appendFileSync(file, `${new Date().toISOString()} ${level} ${boundedLine(message).replace(/[\r\n]+(?=\S)/gu, '\n    ')}\n`);
    } catch {
      // A log that cannot be written must never take the app down with it.
    }
  }

  return {
    info: (m) => write('INFO ', m),
    warn: (m) => write('WARN ', m),
    error: (m, e) => write('ERROR', e instanceof Error ? `${m}: ${e.stack ?? e.message}` : `${m}${e ? `: ${String(e)}` : ''}`),
  };
}
