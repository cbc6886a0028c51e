import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cupsAddress, type CupsServerFiles } from '../../../../../../electron/core/printing/print-system/cups-server';

function files(contents: Record<string, string>, sockets: string[] = []): CupsServerFiles {
  return { read: (f) => contents[f] ?? null, exists: (f) => sockets.includes(f) };
}
const userConf = path.join(os.homedir(), '.cups', 'client.conf');

describe('where the CUPS scheduler listens', () => {
  it.each([
    ['CUPS_SERVER as a socket', { CUPS_SERVER: '/tmp/x/cups.sock' }, files({}), { socketPath: '/tmp/x/cups.sock' }],
    ['CUPS_SERVER as host:port', { CUPS_SERVER: 'printhost:8631' }, files({}), { host: 'printhost', port: 8631 }],
    ['CUPS_SERVER with a version suffix', { CUPS_SERVER: 'printhost/version=1.1' }, files({}), { host: 'printhost', port: 631 }],
    ['CUPS_SERVER as bracketed IPv6', { CUPS_SERVER: '[::1]:632' }, files({}), { host: '::1', port: 632 }],
    ['IPP_PORT for the default port', { CUPS_SERVER: 'printhost', IPP_PORT: '8000' }, files({}), { host: 'printhost', port: 8000 }],
    [
      '~/.cups/client.conf before /etc',
      {},
      files({ [userConf]: '# mine\nServerName /run/user.sock\n', '/etc/cups/client.conf': 'ServerName other' }),
      { socketPath: '/run/user.sock' },
    ],
    ['/etc/cups/client.conf', {}, files({ '/etc/cups/client.conf': 'ServerName printhost:631' }), { host: 'printhost', port: 631 }],
    ['the local socket where there is one', {}, files({}, ['/run/cups/cups.sock']), { socketPath: '/run/cups/cups.sock' }],
    ["macOS's socket", {}, files({}, ['/private/var/run/cupsd']), { socketPath: '/private/var/run/cupsd' }],
    ['else localhost:631', {}, files({}), { host: 'localhost', port: 631 }],
  ])('%s', (_what, env, f, expected) => {
    expect(cupsAddress(env as NodeJS.ProcessEnv, f)).toEqual(expected);
  });
});
