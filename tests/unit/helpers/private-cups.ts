import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A CUPS scheduler of the test's own, on a socket in a temporary folder, so a test can stop
 * or kill a print service without touching the one the rest of the suite prints to. It is
 * the same cupsd binary as the system's; only its folders and socket are private.
 */
export interface PrivateCups {
  /** The environment that points lp, lpstat and Afterword at this scheduler. */
  env: NodeJS.ProcessEnv;
  socket: string;
  /** A queue that accepts jobs and throws them away (file:///dev/null). */
  addQueue(name: string): void;
  run(cmd: string, args: string[]): string;
  pid(): number | null;
  /** SIGKILL: the scheduler dies as it would in a crash. */
  kill(): void;
  /** SIGTERM: the scheduler stops as `systemctl stop cups` would stop it. */
  stop(): void;
  /** Stops it when still running and removes its folders. */
  dispose(): void;
}

const sleep = (ms: number) => execFileSync('sleep', [String(ms / 1000)]);

export function startPrivateCups(): PrivateCups {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'afterword-cups-'));
  for (const dir of ['conf', 'conf/ppd', 'spool', 'spool/tmp', 'cache', 'state', 'log']) fs.mkdirSync(path.join(root, dir), { recursive: true });
  const socket = path.join(root, 'cups.sock');
  fs.writeFileSync(
    path.join(root, 'conf/cupsd.conf'),
    [
      `Listen ${socket}`,
      'LogLevel warn',
      'WebInterface No',
      'Browsing No',
      '<Location />',
      '  Order allow,deny',
      '  Allow all',
      '</Location>',
      '<Policy default>',
      '  <Limit All>',
      '    Order deny,allow',
      '  </Limit>',
      '</Policy>',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(
    path.join(root, 'conf/cups-files.conf'),
    [
      `ServerRoot ${path.join(root, 'conf')}`,
      `RequestRoot ${path.join(root, 'spool')}`,
      `CacheDir ${path.join(root, 'cache')}`,
      `StateDir ${path.join(root, 'state')}`,
      `TempDir ${path.join(root, 'spool/tmp')}`,
      `AccessLog ${path.join(root, 'log/access_log')}`,
      `ErrorLog ${path.join(root, 'log/error_log')}`,
      `PageLog ${path.join(root, 'log/page_log')}`,
      'FileDevice Yes',
      `SystemGroup ${process.getuid?.() === 0 ? 'root' : os.userInfo().username}`,
      '',
    ].join('\n'),
  );
  const env = { ...process.env, CUPS_SERVER: socket, LC_ALL: 'C', LANG: 'C' };
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  execFileSync('cupsd', ['-c', path.join(root, 'conf/cupsd.conf'), '-s', path.join(root, 'conf/cups-files.conf')], { env });
  const running = () => {
    try {
      return run('lpstat', ['-r']).includes('scheduler is running');
    } catch {
      return false;
    }
  };
  for (let i = 0; i < 50 && !running(); i++) sleep(100);
  if (!running())
    throw new Error(`A private CUPS scheduler did not start in ${root}: ${fs.readFileSync(path.join(root, 'log/error_log'), 'utf8').slice(-500)}`);

  const pid = (): number | null => {
    try {
      const n = Number(fs.readFileSync(path.join(root, 'state/cupsd.pid'), 'utf8').trim());
      return n > 0 && fs.existsSync(`/proc/${n}`) ? n : null;
    } catch {
      return null;
    }
  };
  const signal = (sig: NodeJS.Signals) => {
    const p = pid();
    if (p === null) return;
    process.kill(p, sig);
    for (let i = 0; i < 50 && running(); i++) sleep(100);
  };
  return {
    env,
    socket,
    run,
    pid,
    addQueue(name) {
      run('lpadmin', ['-p', name, '-v', 'file:///dev/null', '-E', '-m', 'raw']);
    },
    kill: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
    dispose() {
      signal('SIGTERM');
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
