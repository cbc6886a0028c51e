import { startPrintServiceForTests } from '../unit/helpers/cups';

/** Before any test: the print service the print tests use (as root on a developer's machine; .ci/run starts it in CI). */
export default function globalSetup(): void {
  startPrintServiceForTests();
}
