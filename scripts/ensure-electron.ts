/**
 * `npm run electron:ensure`, and the first step of `npm run dev` and `npm run dist`: the
 * Electron runtime is installed by Electron's own installer, or one sentence says why not
 * and the exit code is 1.
 */
import path from 'node:path';
import { ensureElectron } from './electron-runtime';

async function main(): Promise<number> {
  const result = await ensureElectron({ projectRoot: path.resolve(__dirname, '..') });
  if (result.ok) return 0;
  console.error(result.message);
  return 1;
}

void main().then((code) => {
  process.exitCode = code;
});
