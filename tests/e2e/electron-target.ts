/**
 * The electron target: the real app through Playwright's _electron, either the checkout's
 * build on the project's Electron runtime or a packaged app's executable. The main process
 * is the app's own: app:// serves the built renderer, the preload builds window.api, IPC
 * goes through the app's dispatch, printing through its CUPS or Windows print system. Only
 * the two OS boundaries a test cannot drive are scripted inside the main process: the native
 * save/open dialogs answer what the test queued, and shell.openExternal records the URL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication } from '@playwright/test';
import type { AppHandle } from './app-handle';
import { ROOT } from './target';

export interface ElectronLaunch {
  /** A packaged app's executable; without it the project's Electron runs this checkout's build. */
  executablePath?: string;
}

/** Files shared by the test and the app's main process, one set per launch. */
interface PortFiles {
  save: string;
  open: string;
  opened: string;
}

/**
 * Runs inside Electron's main process: Playwright sends its source, so it may use only its
 * arguments and globals. Files rather than messages: an answer the test queued before a
 * click is on disk when the click's dialog asks for it, and a URL the app opened is on disk
 * before the app reports it opened, just as the browser target answers and records in-process.
 */
function scriptMainProcessPorts({ dialog, shell }: typeof import('electron'), files: PortFiles): void {
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

function enqueue(file: string, answer: unknown): void {
  const queue = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown[];
  fs.writeFileSync(file, JSON.stringify([...queue, answer]));
}

function definedOnly(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/**
 * Chromium's OS sandbox is on for a packaged app, which starts as it does for a person.
 * The checkout's runtime runs without it (Playwright's default on Linux): its chrome-sandbox
 * helper is not installed setuid, and Ubuntu 24.04 restricts the user namespaces it would use
 * instead. Root cannot use the sandbox at all.
 */
export function sandboxed(launch: ElectronLaunch, platform: NodeJS.Platform = process.platform, uid: number | undefined = process.getuid?.()): boolean {
  return Boolean(launch.executablePath) && !(platform === 'linux' && uid === 0);
}

export async function launchElectron(dataDir: string, launch: ElectronLaunch = {}): Promise<AppHandle> {
  const portsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'afterword-e2e-ports-'));
  const files: PortFiles = { save: path.join(portsDir, 'save.json'), open: path.join(portsDir, 'open.json'), opened: path.join(portsDir, 'opened.txt') };
  fs.writeFileSync(files.save, '[]');
  fs.writeFileSync(files.open, '[]');
  fs.writeFileSync(files.opened, '');
  const app: ElectronApplication = await _electron.launch({
    // The project folder, as `electron .` takes it: package.json names the built main and
    // gives the app its name and version, as in the packaged app.
    ...(launch.executablePath ? { executablePath: launch.executablePath, args: [] } : { args: [ROOT] }),
    env: definedOnly({ ...process.env, AFTERWORD_DATA_DIR: dataDir }),
    chromiumSandbox: sandboxed(launch),
  });
  let page;
  try {
    await app.evaluate(scriptMainProcessPorts, files);
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  } catch (error) {
    await app.close().catch(() => {});
    throw error;
  }
  const removePorts = () => fs.rmSync(portsDir, { recursive: true, force: true });
  return {
    page,
    dataDir,
    async close() {
      await app.close();
      removePorts();
    },
    async kill() {
      const ended = new Promise((resolve) => app.process().once('exit', resolve));
      app.process().kill('SIGKILL');
      await ended;
      removePorts();
    },
    answerNextSaveDialog: (answer) => enqueue(files.save, answer),
    answerNextOpenDialog: (answer) => enqueue(files.open, answer),
    openedExternally: () => fs.readFileSync(files.opened, 'utf8').split('\n').filter(Boolean),
  };
}
