/**
 * Before any e2e test: say what this system leaves out of the run and why; start the print
 * service the print tests use (as root on a developer's machine; .ci/run starts it in CI);
 * and on the electron target make sure the Electron runtime is there, installed with
 * Electron's own installer (the same step as `npm start`): where it cannot be fetched the run
 * stops with the one sentence that says what is needed.
 */
import { ensureElectron } from '../../scripts/electron-runtime';
import { retryCommand } from '../../scripts/electron-install-failure';
import { announceNotRun } from '../platform-scope';
import { startPrintServiceForTests } from '../unit/helpers/cups';
import { chosenTarget, ROOT } from './target';

export default async function globalSetup(): Promise<void> {
  announceNotRun('e2e');
  startPrintServiceForTests();
  if (chosenTarget() !== 'electron') return;
  const runtime = await ensureElectron({ projectRoot: ROOT, retry: retryCommand(process.env, 'npx playwright test') });
  if (!runtime.ok) throw new Error(runtime.message);
}
