/**
 * A stand-in for node_modules/electron with the same version and layout, whose installer
 * (install.js) and launcher (cli.js) are small programs of the test's choosing. The scripts
 * under test start both as child processes, so replacing them replaces exactly the part that
 * would download or open a window, and nothing of the scripts themselves.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { executableInDist } from '../../../scripts/electron-runtime';
import { tempDir } from '../helpers/temp-dir';

const ROOT = path.resolve(__dirname, '../../..');
export const ELECTRON_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;

/** What the stand-in installer does, as Electron's would: put the runtime in place, or fail as it prints failures. */
export type InstallerBehaviour = 'installs' | 'offline' | 'disk-full' | 'exits-0-without-installing';

const INSTALLERS: Record<InstallerBehaviour, string> = {
  // What install.js leaves on success: dist/ with the executable and a version file, and path.txt.
  installs: `
    const executable = path.join(__dirname, 'dist', ${JSON.stringify(executableInDist(process.platform))});
    fs.mkdirSync(path.dirname(executable), { recursive: true });
    fs.writeFileSync(executable, 'stand-in for the Electron executable');
    fs.writeFileSync(path.join(__dirname, 'dist', 'version'), require('./package.json').version);
    fs.writeFileSync(path.join(__dirname, 'path.txt'), ${JSON.stringify(executableInDist(process.platform))});
  `,
  // install.js prints the error's stack and exits 1; offline, Node's fetch says only this.
  offline: `console.error('TypeError: fetch failed'); process.exit(1);`,
  'disk-full': `console.error("Error: ENOSPC: no space left on device, write\\n    at async FetchDownloader.download (file:///x/FetchDownloader.js:70:13)"); process.exit(1);`,
  'exits-0-without-installing': ``,
};

export interface StandIn {
  dir: string;
  /** One JSON line per run of install.js: its cwd and the proxy settings it was given. */
  installerRuns(): Array<{ cwd: string; NODE_USE_ENV_PROXY?: string; HTTPS_PROXY?: string }>;
  /** One JSON line per run of cli.js: the arguments and working folder the app was launched with. */
  launches(): Array<{ args: string[]; cwd: string }>;
  /** Runs the stand-in installer once now, so the runtime is already there (an 'installs' stand-in). */
  installNow(): void;
}

function jsonLines<T>(file: string): T[] {
  return fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as T)
    : [];
}

export function standInElectron(installer: InstallerBehaviour, options: { launcherExitCode?: number } = {}): StandIn {
  const dir = tempDir('afterword-stand-in-electron-');
  const runs = path.join(dir, 'installer-runs.jsonl');
  const launches = path.join(dir, 'launches.jsonl');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: ELECTRON_VERSION }));
  fs.writeFileSync(
    path.join(dir, 'install.js'),
    `const fs = require('fs'); const path = require('path');
     fs.appendFileSync(${JSON.stringify(runs)}, JSON.stringify({ cwd: process.cwd(), NODE_USE_ENV_PROXY: process.env.NODE_USE_ENV_PROXY, HTTPS_PROXY: process.env.HTTPS_PROXY }) + '\\n');
     ${INSTALLERS[installer]}`,
  );
  fs.writeFileSync(
    path.join(dir, 'cli.js'),
    `require('fs').appendFileSync(${JSON.stringify(launches)}, JSON.stringify({ args: process.argv.slice(2), cwd: process.cwd() }) + '\\n');
     process.exit(${options.launcherExitCode ?? 0});`,
  );
  return {
    dir,
    installerRuns: () => jsonLines(runs),
    launches: () => jsonLines(launches),
    installNow() {
      const run = spawnSync(process.execPath, [path.join(dir, 'install.js')], { cwd: dir });
      if (run.status !== 0) throw new Error(`The stand-in installer failed: ${String(run.stderr)}`);
    },
  };
}

/**
 * Electron's real installer, copied with its package.json and checksums into a folder of
 * its own, so it runs exactly as shipped but cannot write into this checkout's
 * node_modules/electron. NODE_PATH lets it find @electron/get where npm installed it.
 */
export function realInstallerCopy(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = tempDir('afterword-real-electron-installer-');
  for (const file of ['install.js', 'package.json', 'checksums.json']) fs.copyFileSync(path.join(ROOT, 'node_modules/electron', file), path.join(dir, file));
  const cache = tempDir('afterword-electron-cache-');
  return { dir, env: { NODE_PATH: path.join(ROOT, 'node_modules'), electron_config_cache: cache } };
}
