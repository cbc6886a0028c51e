import { cardScanMethodNames } from './card-scan-method-names';
import { followThroughMethodNames } from './follow-through-method-names';
import { noteMethodNames } from './note-method-names';
import { peopleMethodNames } from './people-method-names';
import { printMethodNames } from './print-method-names';

/**
 * The names of every API method, kept apart from the schemas so the sandboxed preload can
 * build window.api without bundling zod. contract.ts checks that both lists agree.
 */
export const methodNames = [
  ...followThroughMethodNames,
  ...peopleMethodNames,
  ...noteMethodNames,
  ...printMethodNames,
  ...cardScanMethodNames,
  'app.info',
  'opportunities.list',
  'opportunities.get',
  'opportunities.create',
  'opportunities.update',
  'opportunities.delete',
  'interviews.listForOpportunity',
  'interviews.create',
  'interviews.update',
  'interviews.delete',
  'settings.get',
  'settings.update',
] as const;

export type MethodName = (typeof methodNames)[number];

/** One IPC channel per method, derived, so no channel string is written by hand anywhere. */
export function channelFor(method: MethodName): string {
  return `afterword:${method}`;
}
