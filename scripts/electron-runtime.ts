/**
 * The Electron runtime Afterword runs on, as Electron's own package installs it.
 *
 * Electron 45 no longer fetches its binary during `npm install`. Its package carries the
 * installer (install.js, also the `install-electron` bin), which downloads the zip with
 * @electron/get, unpacks it into dist/ and writes path.txt; `require('electron')` runs the
 * same installer lazily. electron-vite and Playwright only read path.txt, and fail when it
 * is missing. So everything that launches Electron first asks this module, which checks
 * what the installer checks and runs the installer itself when the runtime is not there.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { explainInstallFailure, installerLeftNothing, noElectronPackage, retryCommand, unsupportedPlatform } from './electron-install-failure';

export interface ElectronPackage {
  /** node_modules/electron (or the folder AFTERWORD_ELECTRON_PACKAGE_DIR names, in tests). */
  dir: string;
  version: string;
}

export type EnsureResult = { ok: true; executable: string; fetched: boolean; pkg: ElectronPackage } | { ok: false; message: string };

export interface EnsureOptions {
  projectRoot: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** The command the person ran, named in the message so they can run it again. */
  retry?: string;
  /** Where progress lines go (the message on failure is returned, not logged). */
  log?: (line: string) => void;
}

/**
 * The electron package seen from the project, as Node resolves it. Tests point
 * AFTERWORD_ELECTRON_PACKAGE_DIR at a stand-in package so the installer can be replaced.
 */
export function findElectronPackage(projectRoot: string, env: NodeJS.ProcessEnv = process.env): ElectronPackage | null {
  let dir = env.AFTERWORD_ELECTRON_PACKAGE_DIR;
  if (!dir) {
    try {
      dir = path.dirname(createRequire(path.join(projectRoot, 'package.json')).resolve('electron/package.json'));
    } catch {
      return null;
    }
  }
  try {
    const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof version === 'string' ? { dir: path.resolve(dir), version } : null;
  } catch {
    return null;
  }
}

/** Where the executable sits inside dist/, exactly as install.js's getPlatformPath names it. */
export function executableInDist(platform: NodeJS.Platform): string | null {
  switch (platform) {
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      return 'electron';
    default:
      return null;
  }
}

/**
 * The runtime's executable when install.js's own isInstalled() would say yes (dist/version
 * is this package's version, path.txt names this platform's executable) and the file is
 * there; the path is the one electron's index.js hands out. Otherwise null.
 */
export function installedExecutable(pkg: ElectronPackage, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  const inDist = executableInDist(platform);
  if (!inDist) return null;
  try {
    if (fs.readFileSync(path.join(pkg.dir, 'dist', 'version'), 'utf8').replace(/^v/, '') !== pkg.version) return null;
    if (fs.readFileSync(path.join(pkg.dir, 'path.txt'), 'utf8') !== inDist) return null;
  } catch {
    return null;
  }
  const executable = path.join(env.ELECTRON_OVERRIDE_DIST_PATH || path.join(pkg.dir, 'dist'), inDist);
  return fs.existsSync(executable) ? executable : null;
}

/**
 * The installer's environment. @electron/get downloads with Node's fetch, which ignores
 * HTTPS_PROXY unless NODE_USE_ENV_PROXY is set, so a proxy that npm install went through
 * (in the environment or npm's own config) is handed on and switched on here.
 */
export function installerEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env };
  const fromNpm: Array<[string, string]> = [
    ['HTTPS_PROXY', 'npm_config_https_proxy'],
    ['HTTP_PROXY', 'npm_config_proxy'],
    ['NO_PROXY', 'npm_config_noproxy'],
  ];
  for (const [name, npmName] of fromNpm) {
    if (!out[name] && !out[name.toLowerCase()] && out[npmName]) out[name] = out[npmName];
  }
  const proxied = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((name) => out[name]);
  if (proxied && out.NODE_USE_ENV_PROXY === undefined) out.NODE_USE_ENV_PROXY = '1';
  return out;
}

export interface InstallerRun {
  code: number | null;
  output: string;
}

const OUTPUT_KEPT = 20_000;

/**
 * Runs Electron's installer (the package's install.js) in its own Node process, with an
 * argument list, and keeps what it printed: the message is worked out from it.
 */
export function runInstaller(pkg: ElectronPackage, env: NodeJS.ProcessEnv): Promise<InstallerRun> {
  return new Promise((resolve) => {
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-OUTPUT_KEPT);
    };
    const child = spawn(process.execPath, [path.join(pkg.dir, 'install.js')], {
      cwd: pkg.dir,
      env: installerEnvironment(env),
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', (error) => resolve({ code: null, output: `${output}\n${error.message}` }));
    child.once('close', (code) => resolve({ code, output }));
  });
}

/** Makes sure the Electron runtime is installed, running Electron's installer when it is not. */
export async function ensureElectron(options: EnsureOptions): Promise<EnsureResult> {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const retry = options.retry ?? retryCommand(env);
  const log = options.log ?? ((line: string) => console.log(line));
  if (!executableInDist(platform)) return { ok: false, message: unsupportedPlatform(platform) };
  const pkg = findElectronPackage(options.projectRoot, env);
  if (!pkg) return { ok: false, message: noElectronPackage(retry) };
  const present = installedExecutable(pkg, env, platform);
  if (present) return { ok: true, executable: present, fetched: false, pkg };

  log(`Fetching Electron ${pkg.version} for ${platform}-${process.arch} with Electron's installer (about 100 MB, once per machine)…`);
  const run = await runInstaller(pkg, env);
  if (run.code !== 0) return { ok: false, message: explainInstallFailure({ output: run.output, version: pkg.version, env, retry }) };
  const fetched = installedExecutable(pkg, env, platform);
  if (!fetched) return { ok: false, message: installerLeftNothing(pkg, retry) };
  log(`Electron ${pkg.version} is installed.`);
  return { ok: true, executable: fetched, fetched: true, pkg };
}
