/**
 * Launches Afterword for an end-to-end test, one of two ways behind the same handle:
 * - electron: the real app through Playwright's _electron, where the binary is installed;
 * - browser: Chromium shows the built renderer, and window.api is built by the preload's
 *   own client code, each call carried over page.exposeBinding to the real core (same
 *   dispatch and validation as IPC) on a real SQLite file in the test's data folder.
 * Only dialogs are scripted, and external opens are recorded instead of performed.
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron, chromium, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import { openCore, type Core } from '../../electron/core/core';
import { DATABASE_FILE } from '../../electron/core/db/open-database';
import { printSystemFor } from '../../electron/core/printing/print-system/print-system-for-platform';
import { isAllowedExternalUrl } from '../../electron/main/external-links';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import { contentTypeFor } from '../../electron/main/app-protocol';
import { scriptedDialogs } from '../unit/helpers/scripted-dialogs';

export interface AppHandle {
  page: Page;
  dataDir: string;
  close(): Promise<void>;
  /**
   * Ends the app as a crash would: no unload handlers, no timers that were still to run, no
   * clean database close. The data folder is left as the killed process left it on disk.
   */
  kill(): Promise<void>;
  answerNextSaveDialog(path: string | null): void;
  answerNextOpenDialog(paths: string[] | null): void;
  openedExternally(): string[];
}

export type E2ETarget = 'electron' | 'browser';

const ROOT = path.resolve(__dirname, '../..');
const RENDERER_DIR = path.join(ROOT, 'out/renderer');
const MAIN_ENTRY = path.join(ROOT, 'out/main/index.js');
const BROWSER_ORIGIN = 'http://afterword.localhost';

/** True when node_modules/electron holds a downloaded binary (checked without loading it). */
export function electronBinaryInstalled(): boolean {
  const pkg = path.join(ROOT, 'node_modules/electron');
  try {
    const relative = fs.readFileSync(path.join(pkg, 'path.txt'), 'utf8');
    return fs.existsSync(path.join(pkg, 'dist', relative));
  } catch {
    return false;
  }
}

export function chosenTarget(env: NodeJS.ProcessEnv = process.env): E2ETarget {
  const asked = env.AFTERWORD_E2E_TARGET;
  if (asked === 'electron' || asked === 'browser') return asked;
  if (asked) throw new Error(`AFTERWORD_E2E_TARGET must be "electron" or "browser", not "${asked}"`);
  return electronBinaryInstalled() ? 'electron' : 'browser';
}

function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined; // Playwright's own Chromium, where it is installed
}

function assertBuilt(): void {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html')) || !fs.existsSync(MAIN_ENTRY)) {
    throw new Error('The app is not built. Run `npm run build` (npm run test:e2e does it for you).');
  }
}

export interface LaunchOptions {
  dataDir?: string;
  /** Extra environment for the app (CUPS_SERVER, to print to a test's own print service). */
  env?: Record<string, string>;
}

export async function launchApp(options: LaunchOptions = {}): Promise<AppHandle> {
  assertBuilt();
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'afterword-e2e-'));
  const env = { ...process.env, ...options.env };
  return chosenTarget() === 'electron' ? launchElectron(dataDir, env) : launchBrowser(dataDir, env);
}

async function launchElectron(dataDir: string, env: NodeJS.ProcessEnv): Promise<AppHandle> {
  const app: ElectronApplication = await _electron.launch({
    args: [MAIN_ENTRY, ...(process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    env: { ...env, AFTERWORD_DATA_DIR: dataDir } as Record<string, string>,
  });
  await app.evaluate(({ dialog, shell }) => {
    const state = { save: [] as Array<string | null>, open: [] as Array<string[] | null> };
    (globalThis as { __afterwordE2E?: typeof state }).__afterwordE2E = state;
    dialog.showSaveDialog = (async () => {
      const answer = state.save.shift();
      if (answer === undefined) throw new Error('The test did not answer this save dialog');
      return { canceled: answer === null, filePath: answer ?? '' };
    }) as typeof dialog.showSaveDialog;
    dialog.showOpenDialog = (async () => {
      const answer = state.open.shift();
      if (answer === undefined) throw new Error('The test did not answer this open dialog');
      return { canceled: answer === null, filePaths: answer ?? [] };
    }) as typeof dialog.showOpenDialog;
    shell.openExternal = async (url: string) => {
      // The main process's console reaches the test as an event: the record of what was opened.
      console.log(`afterword-e2e-opened ${url}`);
    };
  });
  const opened: string[] = [];
  app.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('afterword-e2e-opened ')) opened.push(text.slice('afterword-e2e-opened '.length));
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return {
    page,
    dataDir,
    async close() {
      await app.close();
    },
    async kill() {
      const ended = new Promise((resolve) => app.process().once('exit', resolve));
      app.process().kill('SIGKILL');
      await ended;
    },
    answerNextSaveDialog(answer) {
      void app.evaluate((_e, a) => {
        (globalThis as unknown as { __afterwordE2E: { save: Array<string | null> } }).__afterwordE2E.save.push(a);
      }, answer);
    },
    answerNextOpenDialog(answer) {
      void app.evaluate((_e, a) => {
        (globalThis as unknown as { __afterwordE2E: { open: Array<string[] | null> } }).__afterwordE2E.open.push(a);
      }, answer);
    },
    openedExternally: () => [...opened],
  };
}

const DATABASE_FILES = [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`];

function filesLeftOnDisk(dataDir: string): Map<string, Buffer | null> {
  return new Map(DATABASE_FILES.map((name) => {
    const file = path.join(dataDir, name);
    return [file, fs.existsSync(file) ? fs.readFileSync(file) : null];
  }));
}

function putBack(dataDir: string, files: Map<string, Buffer | null>): void {
  for (const [file, bytes] of files) {
    if (bytes) fs.writeFileSync(file, bytes);
    else fs.rmSync(file, { force: true });
  }
}

let clientScript: Promise<string> | null = null;

/** The preload's own client code, bundled for the page, with the binding as its transport. */
function browserClientScript(): Promise<string> {
  clientScript ??= build({
    stdin: {
      contents: `
        import { createApiClient } from './electron/preload/api-client';
        const invoke = window.__afterwordInvoke;
        Object.defineProperty(window, 'api', {
          value: createApiClient((method, input) => invoke(method, input)),
          writable: false,
          configurable: false,
        });
      `,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'chrome120',
  }).then((r) => r.outputFiles[0]!.text);
  return clientScript;
}

async function launchBrowser(dataDir: string, env: NodeJS.ProcessEnv): Promise<AppHandle> {
  const { dialogs, saveAnswers, openAnswers } = scriptedDialogs();
  const opened: string[] = [];
  const core: Core = openCore(dataDir, {
    appVersion: JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version,
    printSystem: printSystemFor(process.platform, env),
    dialogs,
    async openExternal(url) {
      if (!isAllowedExternalUrl(url)) throw new Error('Afterword only opens mailto: and https: links.');
      opened.push(url);
    },
  });
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    await context.route(`${BROWSER_ORIGIN}/**`, async (route) => {
      const url = new URL(route.request().url());
      const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
      const file = path.resolve(RENDERER_DIR, relative);
      if (!file.startsWith(RENDERER_DIR + path.sep) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: 'Not found' });
      return route.fulfill({
        status: 200,
        body: fs.readFileSync(file),
        headers: { 'Content-Type': contentTypeFor(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
      });
    });
    // Anything else the page tries to reach is refused, as the app's CSP and guards would.
    await context.route((url) => !url.href.startsWith(BROWSER_ORIGIN), (route) => route.abort('blockedbyclient'));
    await context.exposeBinding('__afterwordInvoke', ({ frame }, method: string, input: unknown) => {
      // The same rule as IPC: only the app's own top-level page may call the core.
      if (frame.parentFrame() !== null || !frame.url().startsWith(`${BROWSER_ORIGIN}/`)) {
        return { ok: false, error: { code: 'invalid-input', message: 'This request did not come from Afterword.' } };
      }
      return core.dispatch(method, input);
    });
    await context.addInitScript({ content: await browserClientScript() });
    const page = await context.newPage();
    await page.goto(`${BROWSER_ORIGIN}/index.html`);
    return {
      page,
      dataDir,
      async close() {
        await browser?.close();
        core.close();
      },
      async kill() {
        // The core lives in this process, so it cannot be killed; instead the files are taken
        // as they are on disk at this instant (what a killed process leaves: the WAL not yet
        // checkpointed) and put back after the clean close has checkpointed and removed them.
        // Anything that reaches the core after this instant is lost, as it would be.
        const leftOnDisk = filesLeftOnDisk(dataDir);
        await browser?.close();
        core.close();
        putBack(dataDir, leftOnDisk);
      },
      answerNextSaveDialog: (answer) => void saveAnswers.push(answer),
      answerNextOpenDialog: (answer) => void openAnswers.push(answer),
      openedExternally: () => [...opened],
    };
  } catch (error) {
    await browser?.close();
    core.close();
    throw error;
  }
}
