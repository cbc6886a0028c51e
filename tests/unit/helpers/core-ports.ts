import type { CorePorts } from '../../../electron/core/core';
import type { Clock } from '../../../electron/core/clock';
import type { Logger } from '../../../electron/core/logger';
import { scriptedDialogs } from './scripted-dialogs';

export const quietLogger: Logger = { info() {}, warn() {}, error() {} };

/** A clock the test moves by hand. */
export function manualClock(start = '2026-03-14T09:00:00.000Z'): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance(ms) {
      now += ms;
    },
  };
}

/** The core's OS ports as a test gives them: dialogs answered from queues, folders shown recorded. */
export function testPorts(overrides: Partial<CorePorts> = {}) {
  const { dialogs, saveAnswers, openAnswers } = scriptedDialogs();
  const foldersShown: string[] = [];
  const ports: CorePorts = {
    appVersion: '0.0.0-test',
    logger: quietLogger,
    locale: 'en-US',
    dialogs,
    openExternal: async () => {},
    openFolder: async (folder) => void foldersShown.push(folder),
    ...overrides,
  };
  return { ports, saveAnswers, openAnswers, foldersShown };
}
