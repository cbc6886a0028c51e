/**
 * The one place a test file is left out of a run, per system, each with its reason
 * (platform-scope.json; vitest.config.mts reads the same file).
 *
 * Policy: a test that needs a tool runs wherever that tool exists, and CI installs it there
 * (poppler on Linux, macOS and Windows; CUPS with the cups-pdf queue on Linux). Inside a run
 * nothing skips: a tool missing where it should be fails the test. A file is named here only
 * for a system that lacks what it is written against (cups-pdf, CUPS itself, /proc), and
 * each run prints what it leaves out. Linux,
 * where .ci/run and the Linux release job run every test, leaves nothing out;
 * tests/unit/platform-scope.test.ts holds that, and that every file named here exists.
 */
import scope from './platform-scope.json';

export type Suite = 'unit' | 'e2e';

export interface NotRun {
  /** Relative to the project folder, with forward slashes. */
  file: string;
  reason: string;
}

const NOT_RUN_ON: Readonly<Record<string, Readonly<Record<string, string>>>> = scope.notRunOn;

/** Every entry for every system, for checking the list itself. */
export const NOT_RUN_ON_ANY: NotRun[] = Object.values(NOT_RUN_ON).flatMap((files) => Object.entries(files).map(([file, reason]) => ({ file, reason })));

export function notRunOn(platform: NodeJS.Platform, suite?: Suite): NotRun[] {
  return Object.entries(NOT_RUN_ON[platform] ?? {})
    .filter(([file]) => !suite || file.startsWith(`tests/${suite}/`))
    .map(([file, reason]) => ({ file, reason }));
}

/** A pattern for Playwright's testIgnore, which matches absolute paths, with either separator. */
export function absolutePathPattern(file: string): RegExp {
  const escaped = file.split('/').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`[\\\\/]${escaped.join('[\\\\/]')}$`);
}

/** Says in the run's output which files this system leaves out and why, so no omission is silent. */
export function announceNotRun(suite: Suite, platform: NodeJS.Platform = process.platform): void {
  for (const { file, reason } of notRunOn(platform, suite)) console.warn(`Not run on ${platform}: ${file} (${reason}).`);
}
