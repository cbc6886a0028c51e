import { cupsPrintSystem } from './cups-print-system';
import type { PrintSystem } from './print-system';
import { windowsPrintSystem } from './windows-print-system';

export function printSystemFor(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): PrintSystem {
  return platform === 'win32' ? windowsPrintSystem() : cupsPrintSystem(env);
}
