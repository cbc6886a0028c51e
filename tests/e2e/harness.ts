/**
 * Launches Afterword for an end-to-end test, one of two ways behind the same handle:
 * - electron: the real app through Playwright's _electron (electron-target.ts), where the
 *   Electron runtime is installed, or a packaged app's executable;
 * - browser: Chromium shows the built renderer, and window.api is built by the preload's
 *   own client code, each call carried over page.exposeBinding to the real core (same
 *   dispatch and validation as IPC) on a real SQLite file in the test's data folder, behind
 *   the same host as the app's, so a restore swaps the core under the page as it does there.
 * Only dialogs are scripted, and external opens are recorded instead of performed.
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { openCoreHost, type CoreHost } from '../../electron/core/core-host';
import { DATABASE_FILE } from '../../electron/core/db/open-database';
import { printSystemFor } from '../../electron/core/printing/print-system/print-system-for-platform';
import { isAllowedExternalUrl } from '../../electron/main/external-links';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import { contentTypeFor } from '../../electron/main/app-protocol';
import { scriptedDialogs } from '../unit/helpers/scripted-dialogs';
import type { AppHandle } from './app-handle';
import { launchElectron } from './electron-target';
import { chosenTarget, ROOT } from './target';

export type { AppHandle } from './app-handle';
export { chosenTarget, electronBinaryInstalled, type E2ETarget } from './target';

const RENDERER_DIR = path.join(ROOT, 'out/renderer');
const MAIN_ENTRY = path.join(ROOT, 'out/main/index.js');
const BROWSER_ORIGIN = 'http://afterword.localhost';

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
  /** An existing data folder (a restart); a fresh one otherwise. */
  dataDir?: string;
  /** Extra environment for the app (CUPS_SERVER, to print to a test's own print service). */
  env?: Record<string, string>;
  /** A packaged app's executable (the release smoke test); always the electron target. */
  packagedExecutable?: string;
}

export async function launchApp(options: LaunchOptions = {}): Promise<AppHandle> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'afterword-e2e-'));
  const env = { ...process.env, ...options.env };
  if (options.packagedExecutable) return launchElectron(dataDir, { executablePath: options.packagedExecutable, env });
  assertBuilt();
  return chosenTarget() === 'electron' ? launchElectron(dataDir, { env }) : launchBrowser(dataDir, env);
}

const DATABASE_FILES = [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`];

function filesLeftOnDisk(dataDir: string): Map<string, Buffer | null> {
  return new Map(
    DATABASE_FILES.map((name) => {
      const file = path.join(dataDir, name);
      return [file, fs.existsSync(file) ? fs.readFileSync(file) : null];
    }),
  );
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
  const folders: string[] = [];
  const core: CoreHost = await openCoreHost(dataDir, {
    appVersion: JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version,
    printSystem: printSystemFor(process.platform, env),
    dialogs,
    async openExternal(url) {
      if (!isAllowedExternalUrl(url)) throw new Error('Afterword only opens mailto: and https: links.');
      opened.push(url);
    },
    async openFolder(folder) {
      folders.push(folder);
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
    await context.route(
      (url) => !url.href.startsWith(BROWSER_ORIGIN),
      (route) => route.abort('blockedbyclient'),
    );
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
        await core.close();
      },
      async kill() {
        // The core lives in this process, so it cannot be killed; instead the files are taken
        // as they are on disk at this instant (what a killed process leaves: the WAL not yet
        // checkpointed) and put back after the clean close has checkpointed and removed them.
        // Anything that reaches the core after this instant is lost, as it would be.
        const leftOnDisk = filesLeftOnDisk(dataDir);
        await browser?.close();
        await core.close({ backup: false });
        putBack(dataDir, leftOnDisk);
      },
      answerNextSaveDialog: (answer) => void saveAnswers.push(answer),
      answerNextOpenDialog: (answer) => void openAnswers.push(answer),
      openedExternally: () => [...opened],
      foldersShown: () => [...folders],
    };
  } catch (error) {
    await browser?.close();
    await core.close({ backup: false });
    throw error;
  }
}
