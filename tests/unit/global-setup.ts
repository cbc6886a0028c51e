import { announceNotRun } from '../platform-scope';
import { startPrintServiceForTests } from './helpers/cups';

/**
 * Before any test: say what this system leaves out of the run and why (tests/platform-scope.ts),
 * and start the print service the print tests use (as root on a developer's machine; .ci/run
 * starts it in CI).
 */
export default function setup(): void {
  announceNotRun('unit');
  startPrintServiceForTests();
}
