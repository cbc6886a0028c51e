/**
 * `npm start`: the Electron runtime first (so a missing one is one clear sentence before
 * any build time is spent), then the build, then the app, started by Electron's own
 * launcher (its `electron` bin, cli.js), which runs the executable its installer put in
 * place and hands back the app's exit code. Arguments after `npm start --` go to the app.
 */
import path from 'node:path';
import { ensureElectron } from './electron-runtime';
import { packageBin, runAttached } from './run-child';

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '..');
  const runtime = await ensureElectron({ projectRoot: root });
  if (!runtime.ok) {
    console.error(runtime.message);
    return 1;
  }
  const built = await runAttached(process.execPath, [packageBin(root, 'electron-vite'), 'build'], root);
  if (built !== 0) return built;
  return runAttached(process.execPath, [path.join(runtime.pkg.dir, 'cli.js'), root, ...process.argv.slice(2)], root);
}

void main().then((code) => {
  process.exitCode = code;
});
