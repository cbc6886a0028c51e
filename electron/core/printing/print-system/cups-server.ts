import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type CupsAddress = { socketPath: string } | { host: string; port: number };

export interface CupsServerFiles {
  read(file: string): string | null;
  exists(file: string): boolean;
}

const realFiles: CupsServerFiles = {
  read: (file) => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  },
  exists: (file) => fs.existsSync(file),
};

/** Where CUPS puts its local socket: Debian, Fedora and others, older Linux, macOS. */
const DOMAIN_SOCKETS = ['/run/cups/cups.sock', '/var/run/cups/cups.sock', '/private/var/run/cupsd'];

function serverNameIn(conf: string | null): string | null {
  if (!conf) return null;
  const match = /^\s*ServerName\s+(\S+)/im.exec(conf);
  return match?.[1] ?? null;
}

function parse(server: string, env: NodeJS.ProcessEnv): CupsAddress {
  if (server.startsWith('/') || server.startsWith('~')) return { socketPath: server.replace(/^~/, os.homedir()) };
  const defaultPort = Number(env.IPP_PORT) > 0 ? Number(env.IPP_PORT) : 631;
  const plain = server.replace(/\/version=.*$/, '');
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(plain);
  if (bracketed) return { host: bracketed[1]!, port: bracketed[2] ? Number(bracketed[2]) : defaultPort };
  const [host, port] = plain.split(':');
  return { host: host || 'localhost', port: port ? Number(port) : defaultPort };
}

/**
 * The scheduler the `lp` and `lpstat` commands talk to, found the way libcups finds it:
 * CUPS_SERVER, then ServerName in ~/.cups/client.conf and /etc/cups/client.conf, then the
 * local socket when there is one, else localhost on the IPP port. Afterword follows its
 * jobs on the same scheduler it sent them to.
 */
export function cupsAddress(env: NodeJS.ProcessEnv = process.env, files: CupsServerFiles = realFiles): CupsAddress {
  const configured =
    env.CUPS_SERVER?.trim() ||
    serverNameIn(files.read(path.join(os.homedir(), '.cups', 'client.conf'))) ||
    serverNameIn(files.read(path.join(env.CUPS_SERVERROOT ?? '/etc/cups', 'client.conf')));
  if (configured) return parse(configured, env);
  const socket = DOMAIN_SOCKETS.find((s) => files.exists(s));
  return socket ? { socketPath: socket } : parse('localhost', env);
}
