import { appMethodNames } from './app/methods';
import { backupMethodNames } from './backups/methods';
import { userDataMethodNames } from './user-data/methods';
import { cardMethodNames } from './card-scan/methods';
import { followThroughMethodNames } from './follow-through/methods';
import { noteMethodNames } from './notes/methods';
import { opportunityMethodNames } from './opportunities/methods';
import { peopleMethodNames } from './people/methods';
import { printingMethodNames } from './printing/methods';
import { settingsMethodNames } from './settings/methods';

/**
 * The names of every API method, each feature's list merged, kept apart from the schemas so
 * the sandboxed preload can build window.api without bundling zod. contract.ts checks that
 * both lists agree.
 */
export const methodNames = [
  ...appMethodNames,
  ...opportunityMethodNames,
  ...peopleMethodNames,
  ...cardMethodNames,
  ...noteMethodNames,
  ...printingMethodNames,
  ...followThroughMethodNames,
  ...settingsMethodNames,
  ...backupMethodNames,
  ...userDataMethodNames,
] as const;

export type MethodName = (typeof methodNames)[number];

/** One IPC channel per method, derived, so no channel string is written by hand anywhere. */
export function channelFor(method: MethodName): string {
  return `afterword:${method}`;
}
