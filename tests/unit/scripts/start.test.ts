/**
 * `npm start` end to end (scripts/start.ts in its own Node process), with only Electron's
 * installer and launcher replaced by stand-ins: the build is the real one.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELECTRON_VERSION, standInElectron } from './stand-in-electron';

const ROOT = path.resolve(__dirname, '../../..');
const BUILT_MAIN = path.join(ROOT, 'out/main/index.js');

function npmStart(electronDir: string, args: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, AFTERWORD_ELECTRON_PACKAGE_DIR: electronDir, npm_lifecycle_event: 'start' };
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ELECTRON_OVERRIDE_DIST_PATH']) delete env[name];
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'scripts/start.ts'), ...args],
      { cwd: ROOT, env },
      (_error, stdout, stderr) => {
        resolve({ code: child.exitCode, stdout, stderr });
      },
    );
  });
}

describe('npm start', () => {
  it('where Electron cannot be fetched, ends with the one sentence and exit code 1, before building anything', async () => {
    const electron = standInElectron('offline');
    const run = await npmStart(electron.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `Afterword needs Electron ${ELECTRON_VERSION} (about 100 MB, downloaded once per machine), but Electron's installer could not reach github.com: connect this machine to the internet (behind a proxy, set HTTPS_PROXY) and run \`npm start\` again.\n`,
    );
    expect(run.stdout).toContain(`Fetching Electron ${ELECTRON_VERSION}`);
    expect(run.stdout).not.toMatch(/built in/);
    expect(electron.installerRuns()).toHaveLength(1);
    expect(electron.launches()).toEqual([]);
  }, 60_000);

  it('with the installer succeeding, builds the app and launches it with Electron on the project folder', async () => {
    const electron = standInElectron('installs');
    const startedAt = Date.now();
    const run = await npmStart(electron.dir, ['--some-app-flag']);
    expect(run.stderr).not.toContain('Electron uninstall');
    expect(run.code).toBe(0);
    expect(electron.installerRuns()).toHaveLength(1);
    const launches = electron.launches();
    expect(launches).toHaveLength(1);
    expect(launches[0]!.args.map((a, i) => (i === 0 ? fs.realpathSync(a) : a))).toEqual([fs.realpathSync(ROOT), '--some-app-flag']);
    expect(fs.realpathSync(launches[0]!.cwd)).toBe(fs.realpathSync(ROOT));
    // The folder it launched names the built main process, which this run has just built.
    expect(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).main).toBe('out/main/index.js');
    expect(fs.statSync(BUILT_MAIN).mtimeMs).toBeGreaterThanOrEqual(startedAt - 1000);
    expect(fs.existsSync(path.join(ROOT, 'out/renderer/index.html'))).toBe(true);
  }, 180_000);

  it("with the runtime already there, goes straight to the build and the app, and hands back the app's exit code", async () => {
    const electron = standInElectron('installs', { launcherExitCode: 3 });
    electron.installNow();
    const run = await npmStart(electron.dir);
    expect(run.code).toBe(3);
    expect(run.stdout).not.toContain('Fetching Electron');
    expect(electron.installerRuns()).toHaveLength(1);
    expect(electron.launches()).toHaveLength(1);
  }, 180_000);
});
