/** The policy for test files a system cannot run (tests/platform-scope.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { absolutePathPattern, NOT_RUN_ON_ANY, notRunOn } from '../platform-scope';

const ROOT = path.resolve(__dirname, '../..');

describe('what a system leaves out of a test run', () => {
  it('Linux, the reference system, leaves nothing out', () => {
    expect(notRunOn('linux')).toEqual([]);
  });

  it('names only files that exist, each with a reason that says which tool is missing', () => {
    expect(NOT_RUN_ON_ANY.length).toBeGreaterThan(0);
    for (const { file, reason } of NOT_RUN_ON_ANY) {
      expect(fs.existsSync(path.join(ROOT, file)), file).toBe(true);
      expect(reason).toMatch(/has no /);
    }
  });

  it('sorts the files into the unit and e2e runs', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      expect(
        notRunOn(platform, 'unit')
          .map((n) => n.file)
          .sort(),
      ).toEqual([
        'tests/unit/electron/core/printing/print-handlers.test.ts',
        'tests/unit/electron/core/printing/print-jobs.test.ts',
        'tests/unit/electron/core/printing/print-system/cups-print-system.test.ts',
      ]);
      expect(
        notRunOn(platform, 'e2e')
          .map((n) => n.file)
          .sort(),
      ).toEqual(['tests/e2e/print-queue.e2e.ts', 'tests/e2e/print-service.e2e.ts']);
    }
  });

  it("matches Playwright's absolute paths with either separator, and nothing else", () => {
    const pattern = absolutePathPattern('tests/e2e/print-queue.e2e.ts');
    expect(pattern.test('/home/runner/work/afterword/tests/e2e/print-queue.e2e.ts')).toBe(true);
    expect(pattern.test('D:\\a\\afterword\\tests\\e2e\\print-queue.e2e.ts')).toBe(true);
    expect(pattern.test('/w/tests/e2e/print-queueXe2e.ts')).toBe(false);
    expect(pattern.test('/w/tests/e2e/other-print-queue.e2e.ts')).toBe(false);
  });
});
