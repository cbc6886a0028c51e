import { startPrintServiceForTests } from './helpers/cups';

/** Before any test: the print service the print tests use (as root on a developer's machine; .ci/run starts it in CI). */
export default function setup(): void {
  startPrintServiceForTests();
}
