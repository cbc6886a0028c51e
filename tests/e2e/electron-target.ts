/**
 * The electron target: the real app through Playwright's _electron, either the checkout's
 * build on the project's Electron runtime or a packaged app's executable. The main process
 * is the app's own: app:// serves the built renderer, the preload builds window.api, IPC
 * goes through the app's dispatch, printing through its CUPS or Windows print system (the
 * same real queue the browser target prints to). Only the native dialogs and shell.openExternal
 * are scripted, inside the main process (main-process-ports.ts).
 */
import fs from 'node:fs';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import type { AppHandle } from './app-handle';
import { APP_ENTRY_URL } from '../../electron/main/app-protocol';
import { createPortFiles, enqueueAnswer, openedUrls, scriptMainProcessPorts } from './main-process-ports';
import { ROOT } from './target';

export interface ElectronLaunch {
  /** A packaged app's executable; without it the project's Electron runs this checkout's build. */
  executablePath?: string;
  /** The app's environment (the test process's own when left out); AFTERWORD_DATA_DIR is added. */
  env?: NodeJS.ProcessEnv;
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

/**
 * The window shows the app as the app serves it: its own app:// page, with window.api from
 * the sandboxed preload. Said plainly here, a failure of either is not left to surface as a
 * button that never appears.
 */
async function assertAppLoaded(page: Page): Promise<void> {
  try {
    // A new window starts on about:blank until the app's loadURL commits.
    await page.waitForURL(APP_ENTRY_URL, { waitUntil: 'domcontentloaded', timeout: 30_000 });
  } catch {
    throw new Error(`The app's window shows ${page.url()}, not ${APP_ENTRY_URL}.`);
  }
  const api = await page.evaluate(() => typeof (globalThis as { api?: unknown }).api);
  if (api !== 'object') throw new Error(`The app's page has no window.api (it is ${api}): the preload did not run.`);
}

export async function launchElectron(dataDir: string, launch: ElectronLaunch = {}): Promise<AppHandle> {
  const files = createPortFiles();
  const app: ElectronApplication = await _electron.launch({
    // The project folder, as `electron .` takes it: package.json names the built main and
    // gives the app its name and version, as in the packaged app.
    ...(launch.executablePath ? { executablePath: launch.executablePath, args: [] } : { args: [ROOT] }),
    env: definedOnly({ ...(launch.env ?? process.env), AFTERWORD_DATA_DIR: dataDir }),
    chromiumSandbox: sandboxed(launch),
  });
  let page: Page;
  try {
    await app.evaluate(scriptMainProcessPorts, { save: files.save, open: files.open, opened: files.opened });
    page = await app.firstWindow();
    await assertAppLoaded(page);
  } catch (error) {
    await app.close().catch(() => {});
    throw error;
  }
  const removePorts = () => fs.rmSync(files.dir, { recursive: true, force: true });
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
    answerNextSaveDialog: (answer) => enqueueAnswer(files.save, answer),
    answerNextOpenDialog: (answer) => enqueueAnswer(files.open, answer),
    openedExternally: () => openedUrls(files.opened),
  };
}
