/**
 * The Electron runtime check and install (scripts/electron-runtime.ts), against Electron's
 * real installer where it can run here without a download, and against stand-ins for it
 * where the test needs it to succeed or to fail in a particular way.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ensureElectron,
  executableInDist,
  findElectronPackage,
  installedExecutable,
  installerEnvironment,
  type ElectronPackage,
} from '../../../scripts/electron-runtime';
import { refusingProxy } from '../helpers/refusing-proxy';
import { tempDir } from '../helpers/temp-dir';
import { ELECTRON_VERSION, realInstallerCopy, standInElectron } from './stand-in-electron';

const ROOT = path.resolve(__dirname, '../../..');

/** The environment with no proxy, mirror or npm settings of the machine running the tests. */
function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (
      /^(https?_proxy|no_proxy|all_proxy|electron_.*|npm_config_.*proxy|npm_config_electron_.*|npm_config_(platform|arch)|node_use_env_proxy|afterword_.*)$/i.test(
        name,
      )
    )
      delete env[name];
  }
  return { ...env, ...extra };
}

const proxies: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const proxy of proxies.splice(0)) await proxy.close();
});

async function proxy() {
  const p = await refusingProxy();
  proxies.push(p);
  return p;
}

/** Runs the real install.js in dir and resolves with its exit code. */
function runRealInstaller(dir: string, env: NodeJS.ProcessEnv): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(dir, 'install.js')], { cwd: dir, env, stdio: 'ignore' });
    child.once('close', resolve);
  });
}

type Layout = 'complete' | 'complete, version file with a v' | 'another version' | 'another platform in path.txt' | 'executable missing' | 'nothing';

function lay(dir: string, layout: Layout): void {
  if (layout === 'nothing') return;
  const inDist = executableInDist(process.platform)!;
  const executable = path.join(dir, 'dist', inDist);
  fs.mkdirSync(path.dirname(executable), { recursive: true });
  if (layout !== 'executable missing') fs.writeFileSync(executable, 'stand-in');
  const version = layout === 'another version' ? '44.0.0' : layout === 'complete, version file with a v' ? `v${ELECTRON_VERSION}` : ELECTRON_VERSION;
  fs.writeFileSync(path.join(dir, 'dist', 'version'), version);
  fs.writeFileSync(
    path.join(dir, 'path.txt'),
    layout === 'another platform in path.txt' ? (process.platform === 'win32' ? 'electron' : 'electron.exe') : inDist,
  );
}

describe('installedExecutable', () => {
  it.each<[Layout, boolean]>([
    ['complete', true],
    ['complete, version file with a v', true],
    ['another version', false],
    ['another platform in path.txt', false],
    ['executable missing', false],
    ['nothing', false],
  ])('agrees with what Electron\'s own installer decides for "%s"', async (layout, installed) => {
    const real = realInstallerCopy();
    lay(real.dir, layout);
    const pkg: ElectronPackage = { dir: real.dir, version: ELECTRON_VERSION };
    expect(installedExecutable(pkg, cleanEnv()) !== null).toBe(installed);

    // install.js exits 0 at once when it finds the runtime; otherwise it downloads, here
    // through a proxy that refuses, so it fails, and the proxy saw it try.
    const refusing = await proxy();
    const code = await runRealInstaller(real.dir, installerEnvironment(cleanEnv({ ...real.env, HTTPS_PROXY: refusing.url })));
    expect(code).toBe(installed ? 0 : 1);
    expect(refusing.tunnels).toEqual(installed ? [] : ['github.com:443']);
  });

  it('hands out the executable inside dist/, or under ELECTRON_OVERRIDE_DIST_PATH as electron/index.js does', () => {
    const dir = tempDir();
    lay(dir, 'complete');
    const pkg = { dir, version: ELECTRON_VERSION };
    expect(installedExecutable(pkg, {})).toBe(path.join(dir, 'dist', executableInDist(process.platform)!));
    expect(installedExecutable(pkg, { ELECTRON_OVERRIDE_DIST_PATH: tempDir() })).toBeNull();
  });
});

describe('findElectronPackage', () => {
  it('finds the electron package the project resolves, with its version', () => {
    expect(findElectronPackage(ROOT, cleanEnv())).toEqual({ dir: path.join(ROOT, 'node_modules', 'electron'), version: ELECTRON_VERSION });
  });

  it('is null where there is none', () => {
    expect(findElectronPackage(ROOT, cleanEnv({ AFTERWORD_ELECTRON_PACKAGE_DIR: path.join(tempDir(), 'missing') }))).toBeNull();
    expect(findElectronPackage(tempDir(), cleanEnv())).toBeNull();
  });
});

describe('installerEnvironment', () => {
  it("switches on Node's proxy support when a proxy is set, since @electron/get downloads with fetch", () => {
    expect(installerEnvironment({ HTTPS_PROXY: 'http://p:1' }).NODE_USE_ENV_PROXY).toBe('1');
    expect(installerEnvironment({ http_proxy: 'http://p:1' }).NODE_USE_ENV_PROXY).toBe('1');
    expect(installerEnvironment({ HTTPS_PROXY: 'http://p:1', NODE_USE_ENV_PROXY: '0' }).NODE_USE_ENV_PROXY).toBe('0');
    expect(installerEnvironment({}).NODE_USE_ENV_PROXY).toBeUndefined();
  });

  it("hands on npm's own proxy settings, which npm install used", () => {
    const env = installerEnvironment({ npm_config_https_proxy: 'http://corp:3128', npm_config_noproxy: 'localhost' });
    expect(env).toMatchObject({ HTTPS_PROXY: 'http://corp:3128', NO_PROXY: 'localhost', NODE_USE_ENV_PROXY: '1' });
    expect(installerEnvironment({ npm_config_https_proxy: 'http://corp:3128', https_proxy: 'http://mine:1' }).HTTPS_PROXY).toBeUndefined();
  });
});

describe('ensureElectron', () => {
  function ensure(pkgDir: string, extra: NodeJS.ProcessEnv = {}) {
    const logged: string[] = [];
    const result = ensureElectron({
      projectRoot: ROOT,
      env: cleanEnv({ AFTERWORD_ELECTRON_PACKAGE_DIR: pkgDir, ...extra }),
      retry: 'npm start',
      log: (l) => logged.push(l),
    });
    return result.then((r) => ({ result: r, logged }));
  }

  it('through a proxy that refuses, the real installer fails and the sentence names the proxy (never its password)', async () => {
    const refusing = await proxy();
    const real = realInstallerCopy();
    const { result } = await ensure(real.dir, { ...real.env, HTTPS_PROXY: `http://sam:s3cret@${refusing.host}` });
    expect(result).toEqual({
      ok: false,
      message: `Afterword needs Electron ${ELECTRON_VERSION} (about 100 MB, downloaded once per machine), but Electron's installer could not reach github.com through the proxy ${refusing.host}: check HTTPS_PROXY and NO_PROXY, then run \`npm start\` again.`,
    });
    expect(refusing.tunnels).toEqual(['github.com:443']);
    expect(fs.existsSync(path.join(real.dir, 'path.txt'))).toBe(false);
  });

  it('runs the installer when the runtime is missing and hands out what it installed', async () => {
    const standIn = standInElectron('installs');
    const { result, logged } = await ensure(standIn.dir, { HTTPS_PROXY: 'http://proxy.example:3128' });
    expect(result).toMatchObject({ ok: true, fetched: true, executable: path.join(standIn.dir, 'dist', executableInDist(process.platform)!) });
    expect(logged).toEqual([
      `Fetching Electron ${ELECTRON_VERSION} for ${process.platform}-${process.arch} with Electron's installer (about 100 MB, once per machine)…`,
      `Electron ${ELECTRON_VERSION} is installed.`,
    ]);
    expect(standIn.installerRuns()).toEqual([{ cwd: fs.realpathSync(standIn.dir), HTTPS_PROXY: 'http://proxy.example:3128', NODE_USE_ENV_PROXY: '1' }]);
  });

  it('does not run the installer when the runtime is there', async () => {
    const standIn = standInElectron('installs');
    standIn.installNow();
    const { result, logged } = await ensure(standIn.dir);
    expect(result).toMatchObject({ ok: true, fetched: false });
    expect(logged).toEqual([]);
    expect(standIn.installerRuns()).toHaveLength(1);
  });

  it('says when the installer claims success but left nothing', async () => {
    const standIn = standInElectron('exits-0-without-installing');
    const { result } = await ensure(standIn.dir);
    expect(result).toEqual({
      ok: false,
      message: `Electron's installer finished but left no Electron ${ELECTRON_VERSION} in ${path.join(standIn.dir, 'dist')}: delete node_modules/electron, run \`npm install\`, then \`npm start\`.`,
    });
  });

  it('a full disk reads as a full disk', async () => {
    const { result } = await ensure(standInElectron('disk-full').dir);
    expect(result.ok === false && result.message).toContain('the disk filled up');
  });

  it('without node_modules/electron, says to run npm install', async () => {
    const { result } = await ensure(path.join(tempDir(), 'no-electron'));
    expect(result).toEqual({
      ok: false,
      message: "Afterword's dependencies are not installed (there is no node_modules/electron): run `npm install`, then `npm start`.",
    });
  });

  it('on a system Electron has no build for, says so', async () => {
    const result = await ensureElectron({ projectRoot: ROOT, env: cleanEnv(), platform: 'aix', retry: 'npm start', log: () => {} });
    expect(result).toEqual({
      ok: false,
      message: 'Electron has no build for aix, so Afterword cannot run on this system; it runs on Linux, macOS and Windows.',
    });
  });
});
