/**
 * The one sentence a person reads when the Electron runtime cannot be had: what is needed,
 * why it failed, and what to run again. Worked out from what Electron's installer printed,
 * which is all it says (install.js prints the error's stack and exits 1).
 */
import path from 'node:path';

const SIZE = 'about 100 MB, downloaded once per machine';

/** The npm command the person ran, so the message can tell them to run it again. */
export function retryCommand(env: NodeJS.ProcessEnv, fallback = 'npm start'): string {
  const event = env.npm_lifecycle_event;
  // npx (npm exec) names itself as the event; the command that was typed is not known then.
  if (!event || event === 'npx') return fallback;
  return event === 'start' || event === 'test' ? `npm ${event}` : `npm run ${event}`;
}

/** The host Electron's zip comes from: a configured mirror (as @electron/get reads it) or GitHub. */
export function downloadHost(env: NodeJS.ProcessEnv): string {
  const mirror = env.npm_config_electron_mirror || env.NPM_CONFIG_ELECTRON_MIRROR || env.npm_package_config_electron_mirror || env.ELECTRON_MIRROR;
  if (mirror) {
    try {
      return new URL(mirror).host;
    } catch {
      return mirror;
    }
  }
  return 'github.com';
}

/** The proxy in use, shown as host:port only: a password in the URL is never printed. */
export function proxyShown(env: NodeJS.ProcessEnv): string | null {
  const proxy = env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy || env.npm_config_https_proxy || env.npm_config_proxy;
  if (!proxy) return null;
  try {
    return new URL(proxy).host || 'the configured proxy';
  } catch {
    return 'the configured proxy';
  }
}

/** The installer's own last error line (not its stack frames), cut to a readable length. */
export function lastErrorLine(output: string): string {
  const lines = output
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('at '));
  const line = [...lines].reverse().find((l) => /^([A-Za-z]*Error|Error)\b/.test(l)) ?? lines.at(-1) ?? 'no message';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

const NETWORK = /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up|UND_ERR_/i;

export interface InstallFailure {
  output: string;
  version: string;
  env: NodeJS.ProcessEnv;
  retry: string;
}

export function explainInstallFailure({ output, version, env, retry }: InstallFailure): string {
  const needs = `Afterword needs Electron ${version} (${SIZE})`;
  const again = `run \`${retry}\` again`;
  const host = downloadHost(env);
  if (/ENOSPC|no space left on device/i.test(output)) {
    return `${needs}, but the disk filled up while Electron's installer was saving it: free at least 500 MB and ${again}.`;
  }
  if (/EACCES|EPERM|permission denied/i.test(output)) {
    return `${needs}, but Electron's installer was not allowed to write its files: make node_modules/electron and Electron's download cache writable for this user and ${again}.`;
  }
  if (/checksum/i.test(output)) {
    return `${needs}, but the file that arrived did not match Electron's published checksum: ${again}, and if it keeps happening, check the proxy or mirror between this machine and ${host}.`;
  }
  const http = /Response code (\d{3})(?: \(([^)]*)\))?/.exec(output);
  if (http) {
    const answer = http[2] ? `${http[1]} ${http[2]}` : http[1];
    return `${needs}, but ${host} answered "${answer}": ${again} later, or set ELECTRON_MIRROR to a mirror of Electron's releases.`;
  }
  if (NETWORK.test(output)) {
    const proxy = proxyShown(env);
    return proxy
      ? `${needs}, but Electron's installer could not reach ${host} through the proxy ${proxy}: check HTTPS_PROXY and NO_PROXY, then ${again}.`
      : `${needs}, but Electron's installer could not reach ${host}: connect this machine to the internet (behind a proxy, set HTTPS_PROXY) and ${again}.`;
  }
  return `${needs}, but Electron's installer stopped with "${lastErrorLine(output)}": ${again}, and if it stops the same way, delete node_modules/electron and run \`npm install\` first.`;
}

export function noElectronPackage(retry: string): string {
  return `Afterword's dependencies are not installed (there is no node_modules/electron): run \`npm install\`, then \`${retry}\`.`;
}

export function installerLeftNothing(pkg: { dir: string; version: string }, retry: string): string {
  return `Electron's installer finished but left no Electron ${pkg.version} in ${path.join(pkg.dir, 'dist')}: delete node_modules/electron, run \`npm install\`, then \`${retry}\`.`;
}

export function unsupportedPlatform(platform: string): string {
  return `Electron has no build for ${platform}, so Afterword cannot run on this system; it runs on Linux, macOS and Windows.`;
}
