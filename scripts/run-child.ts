/** Starting the tools the scripts hand over to, with an argument list and never a shell. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

let current: ChildProcess | null = null;
let forwarding = false;

/** Ctrl+C or a stop asked of the script goes on to the tool it is waiting for, which decides. */
function forwardSignals(): void {
  if (forwarding) return;
  forwarding = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => current?.kill(signal));
}

/** Runs a command with the terminal attached and resolves with its exit code (1 for a signal). */
export function runAttached(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  forwardSignals();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: 'inherit' });
    current = child;
    child.once('error', (error) => {
      console.error(`${command} could not be started: ${error.message}`);
      resolve(1);
    });
    child.once('close', (code) => {
      current = null;
      resolve(code ?? 1);
    });
  });
}

/** The JavaScript file behind a package's bin, run with this Node (a .cmd shim would need a shell). */
export function packageBin(projectRoot: string, pkgName: string, binName = pkgName): string {
  const manifest = createRequire(path.join(projectRoot, 'package.json')).resolve(`${pkgName}/package.json`);
  const { bin } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { bin?: string | Record<string, string> };
  const relative = typeof bin === 'string' ? bin : bin?.[binName];
  if (!relative) throw new Error(`${pkgName} has no "${binName}" command`);
  return path.join(path.dirname(manifest), relative);
}
