/**
 * The one place a test file is left out of a run, per system, each with its reason.
 *
 * Policy: a test that needs a tool runs wherever that tool exists, and CI installs it there
 * (poppler on Linux, macOS and Windows; CUPS with the cups-pdf queue on Linux). Inside a run
 * nothing skips: a tool missing where it should be fails the test. A file is named here only
 * for a system on which its tool cannot exist. Linux, where .ci/run and the Linux release job
 * run every test, leaves nothing out; tests/unit/platform-scope.test.ts holds that, and that
 * every file named here exists.
 */
const CUPS_PDF_QUEUE = 'prints to a real CUPS queue of cups-pdf ("PDF") and reads back the PDF it writes for each job';

export const NOT_RUN_ON: Readonly<Partial<Record<NodeJS.Platform, Readonly<Record<string, string>>>>> = {
  darwin: {
    'tests/unit/electron/core/services/print-handlers.test.ts': `${CUPS_PDF_QUEUE}; macOS has CUPS but cups-pdf has no macOS build`,
    'tests/e2e/print-queue.e2e.ts': `${CUPS_PDF_QUEUE}; macOS has CUPS but cups-pdf has no macOS build`,
  },
  win32: {
    'tests/unit/electron/core/services/print-handlers.test.ts': `${CUPS_PDF_QUEUE}; Windows has no CUPS (it prints through pdf-to-printer)`,
    'tests/e2e/print-queue.e2e.ts': `${CUPS_PDF_QUEUE}; Windows has no CUPS (it prints through pdf-to-printer)`,
  },
};

export type Suite = 'unit' | 'e2e';

export interface NotRun {
  /** Relative to the project folder, with forward slashes. */
  file: string;
  reason: string;
}

export function notRunOn(platform: NodeJS.Platform, suite?: Suite): NotRun[] {
  return Object.entries(NOT_RUN_ON[platform] ?? {})
    .filter(([file]) => !suite || file.startsWith(`tests/${suite}/`))
    .map(([file, reason]) => ({ file, reason }));
}

/** A pattern for Playwright's testIgnore, which matches absolute paths with either separator. */
export function absolutePathPattern(file: string): RegExp {
  const escaped = file.split('/').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`[\\\\/]${escaped.join('[\\\\/]')}$`);
}

/** Says in the run's output which files this system leaves out and why, so no omission is silent. */
export function announceNotRun(suite: Suite, platform: NodeJS.Platform = process.platform): void {
  for (const { file, reason } of notRunOn(platform, suite)) console.warn(`Not run on ${platform}: ${file} (${reason}).`);
}
