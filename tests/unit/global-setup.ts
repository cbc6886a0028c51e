import { announceNotRun } from '../platform-scope';

/** Once per vitest run: what this system leaves out, and why (tests/platform-scope.ts). */
export default function globalSetup(): void {
  announceNotRun('unit');
}
