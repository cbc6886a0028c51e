/**
 * Before any e2e test: on the electron target the Electron runtime must be there, so it is
 * installed with Electron's own installer (the same step as `npm start`); where it cannot
 * be fetched the run stops with the one sentence that says what is needed.
 */
import { ensureElectron } from '../../scripts/electron-runtime';
import { retryCommand } from '../../scripts/electron-install-failure';
import { announceNotRun } from '../platform-scope';
import { chosenTarget, ROOT } from './target';

export default async function globalSetup(): Promise<void> {
  announceNotRun('e2e');
  if (chosenTarget() !== 'electron') return;
  const runtime = await ensureElectron({ projectRoot: ROOT, retry: retryCommand(process.env, 'npx playwright test') });
  if (!runtime.ok) throw new Error(runtime.message);
}
