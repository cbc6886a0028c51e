/**
 * The two OS boundaries the electron target scripts inside the app's main process: the
 * native save/open dialogs answer what the test queued, and shell.openExternal records the
 * URL instead of opening it. They talk through files, not messages: an answer the test queued
 * before a click is on disk when the click's dialog asks for it, and a URL the app opened is
 * on disk before the app reports it opened, just as the browser target answers and records
 * in the test's own process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface PortFiles {
  dir: string;
  save: string;
  open: string;
  opened: string;
}

export function createPortFiles(): PortFiles {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterword-e2e-ports-'));
  const files = { dir, save: path.join(dir, 'save.json'), open: path.join(dir, 'open.json'), opened: path.join(dir, 'opened.txt') };
  fs.writeFileSync(files.save, '[]');
  fs.writeFileSync(files.open, '[]');
  fs.writeFileSync(files.opened, '');
  return files;
}

/** What scriptMainProcessPorts replaces, as Electron's main process has it. */
export type MainProcessPorts = Pick<typeof import('electron'), 'dialog' | 'shell'>;

/**
 * Runs inside Electron's main process: Playwright sends its source text, so it may use only
 * its arguments and globals (tests/unit/e2e/main-process-ports.test.ts runs it from its text).
 */
export function scriptMainProcessPorts({ dialog, shell }: MainProcessPorts, files: Omit<PortFiles, 'dir'>): void {
  const fsInMain = process.getBuiltinModule('node:fs');
  function nextAnswer<T>(file: string): T {
    const queue = JSON.parse(fsInMain.readFileSync(file, 'utf8')) as T[];
    if (queue.length === 0) throw new Error('The test did not answer this dialog');
    fsInMain.writeFileSync(file, JSON.stringify(queue.slice(1)));
    return queue[0] as T;
  }
  dialog.showSaveDialog = (async () => {
    const answer = nextAnswer<string | null>(files.save);
    return { canceled: answer === null, filePath: answer ?? '' };
  }) as typeof dialog.showSaveDialog;
  dialog.showOpenDialog = (async () => {
    const answer = nextAnswer<string[] | null>(files.open);
    return { canceled: answer === null, filePaths: answer ?? [] };
  }) as typeof dialog.showOpenDialog;
  shell.openExternal = async (url: string) => {
    fsInMain.appendFileSync(files.opened, `${url}\n`);
  };
}

/** The test's side: the next dialog of that kind gives this answer (null = the person cancelled). */
export function enqueueAnswer(file: string, answer: unknown): void {
  const queue = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown[];
  fs.writeFileSync(file, JSON.stringify([...queue, answer]));
}

export function openedUrls(file: string): string[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
}
