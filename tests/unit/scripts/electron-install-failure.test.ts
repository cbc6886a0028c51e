/** The sentence a person reads when Electron's installer fails, from what the installer printed. */
import { describe, expect, it } from 'vitest';
import { downloadHost, explainInstallFailure, lastErrorLine, proxyShown, retryCommand } from '../../../scripts/electron-install-failure';

const base = { version: '45.4.1', env: {}, retry: 'npm start' };

/** One sentence: one full stop, at the end, outside the quoted command and the numbers. */
function sentences(text: string): number {
  return text
    .replace(/`[^`]*`/g, 'CMD')
    .replace(/"[^"]*"/g, 'QUOTE')
    .replace(/\d+\.\d+(\.\d+)*/g, 'N')
    .split(/[.!?](\s|$)/)
    .filter((s) => s && s.trim()).length;
}

describe('explainInstallFailure', () => {
  it('offline (what install.js prints here: "TypeError: fetch failed"): connect and run it again', () => {
    const message = explainInstallFailure({ ...base, output: 'TypeError: fetch failed\n' });
    expect(message).toBe(
      "Afterword needs Electron 45.4.1 (about 100 MB, downloaded once per machine), but Electron's installer could not reach github.com: connect this machine to the internet (behind a proxy, set HTTPS_PROXY) and run `npm start` again.",
    );
    expect(sentences(message)).toBe(1);
  });

  it.each([
    'Error: getaddrinfo ENOTFOUND github.com\n    at GetAddrInfoReqWrap.onlookupall (node:dns:123:26)',
    'Error: connect ECONNREFUSED 140.82.121.4:443',
    'Error: read ECONNRESET',
    'Error: connect ETIMEDOUT 140.82.121.4:443',
  ])('reads %s as no connection', (output) => {
    expect(explainInstallFailure({ ...base, output })).toContain('could not reach github.com: connect this machine to the internet');
  });

  it('names the proxy by host only, never its password, when one is set', () => {
    const message = explainInstallFailure({ ...base, env: { HTTPS_PROXY: 'http://sam:s3cret@proxy.example:3128' }, output: 'TypeError: fetch failed' });
    expect(message).toBe(
      "Afterword needs Electron 45.4.1 (about 100 MB, downloaded once per machine), but Electron's installer could not reach github.com through the proxy proxy.example:3128: check HTTPS_PROXY and NO_PROXY, then run `npm start` again.",
    );
    expect(message).not.toContain('s3cret');
    expect(message).not.toContain('sam');
  });

  it('a full disk', () => {
    const message = explainInstallFailure({
      ...base,
      retry: 'npm run dist',
      output: 'Error: ENOSPC: no space left on device, write\n    at async writeOrBuffer',
    });
    expect(message).toBe(
      "Afterword needs Electron 45.4.1 (about 100 MB, downloaded once per machine), but the disk filled up while Electron's installer was saving it: free at least 500 MB and run `npm run dist` again.",
    );
    expect(sentences(message)).toBe(1);
  });

  it('an HTTP answer from the download host, named with its status', () => {
    const output = 'HTTPError: Response code 404 (Not Found) for https://github.com/electron/electron/releases/download/v45.4.1/electron-v45.4.1-linux-x64.zip';
    expect(explainInstallFailure({ ...base, output })).toBe(
      'Afterword needs Electron 45.4.1 (about 100 MB, downloaded once per machine), but github.com answered "404 Not Found": run `npm start` again later, or set ELECTRON_MIRROR to a mirror of Electron\'s releases.',
    );
  });

  it('names a configured mirror rather than GitHub', () => {
    const output = 'HTTPError: Response code 503 (Service Unavailable) for https://npmmirror.example/electron/v45.4.1/electron-v45.4.1-linux-x64.zip';
    expect(explainInstallFailure({ ...base, env: { ELECTRON_MIRROR: 'https://npmmirror.example/electron/' }, output })).toContain(
      'npmmirror.example answered "503 Service Unavailable"',
    );
  });

  it('a download that does not match the published checksum', () => {
    const output = 'Error: Generated checksum for "electron-v45.4.1-linux-x64.zip" did not match expected checksum.';
    expect(explainInstallFailure({ ...base, output })).toContain("the file that arrived did not match Electron's published checksum: run `npm start` again");
  });

  it('no permission to write', () => {
    const output = "Error: EACCES: permission denied, mkdir '/usr/lib/node_modules/electron/dist'";
    expect(explainInstallFailure({ ...base, output })).toContain('was not allowed to write its files');
  });

  it("anything else: the installer's own last error line, quoted, and how to start over", () => {
    const output = 'Downloading...\nRangeError: Invalid array length\n    at extract (/x/install.js:80:3)\n';
    const message = explainInstallFailure({ ...base, output });
    expect(message).toBe(
      'Afterword needs Electron 45.4.1 (about 100 MB, downloaded once per machine), but Electron\'s installer stopped with "RangeError: Invalid array length": run `npm start` again, and if it stops the same way, delete node_modules/electron and run `npm install` first.',
    );
    expect(message).not.toContain('Electron uninstall');
  });
});

describe('the parts of the sentence', () => {
  it('names the npm command that was run', () => {
    expect(retryCommand({ npm_lifecycle_event: 'start' })).toBe('npm start');
    expect(retryCommand({ npm_lifecycle_event: 'dev' })).toBe('npm run dev');
    expect(retryCommand({ npm_lifecycle_event: 'dist' })).toBe('npm run dist');
    expect(retryCommand({ npm_lifecycle_event: 'test' })).toBe('npm test');
    expect(retryCommand({ npm_lifecycle_event: 'test:e2e' })).toBe('npm run test:e2e');
    expect(retryCommand({}, 'npx playwright test')).toBe('npx playwright test');
    expect(retryCommand({ npm_lifecycle_event: 'npx' }, 'npx playwright test')).toBe('npx playwright test');
  });

  it('reads the mirror where @electron/get reads it, and the proxy where Node and npm keep it', () => {
    expect(downloadHost({})).toBe('github.com');
    expect(downloadHost({ npm_config_electron_mirror: 'https://mirror.example/electron/' })).toBe('mirror.example');
    expect(proxyShown({})).toBeNull();
    expect(proxyShown({ https_proxy: 'http://10.0.0.1:8080' })).toBe('10.0.0.1:8080');
    expect(proxyShown({ npm_config_https_proxy: 'http://u:p@corp.example:3128/' })).toBe('corp.example:3128');
    expect(proxyShown({ HTTPS_PROXY: 'not a url' })).toBe('the configured proxy');
  });

  it('keeps the error line, not the stack, and cuts a long one', () => {
    expect(lastErrorLine('Error: first\n    at a (b.js:1:1)\nTypeError: fetch failed\n    at c (d.js:2:2)\n')).toBe('TypeError: fetch failed');
    expect(lastErrorLine('')).toBe('no message');
    expect(lastErrorLine(`Error: ${'x'.repeat(500)}`)).toHaveLength(200);
  });
});
