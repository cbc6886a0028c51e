/** The workflow check in `npm run lint` (scripts/lint-workflows.ts), on the real workflow and on broken ones. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workflowFiles, workflowProblems } from '../../../scripts/lint-workflows';
import { tempDir } from '../helpers/temp-dir';

const ROOT = path.resolve(__dirname, '../../..');
const RELEASE = path.join(ROOT, '.github/workflows/release.yml');

function variant(edit: (yaml: string) => string): string {
  const file = path.join(tempDir(), 'release.yml');
  fs.writeFileSync(file, edit(fs.readFileSync(RELEASE, 'utf8')));
  return file;
}

describe('the workflow check', () => {
  it('finds the release workflow and passes it', () => {
    expect(workflowFiles(ROOT)).toContain(RELEASE);
    for (const file of workflowFiles(ROOT)) expect(workflowProblems(file)).toEqual([]);
  });

  it('names the place of each problem: a misspelt key, a missing runner, a step that is not a step', () => {
    const file = variant((yaml) =>
      yaml
        .replace('    runs-on: ${{ matrix.os }}\n', '')
        .replace(
          '      - name: Check out\n        uses: actions/checkout@v4\n',
          '      - name: Check out\n        uses: actions/checkout@v4\n        wiht:\n          fetch-depth: 1\n',
        )
        .replace('      - name: npm ci\n        run: npm ci --no-audit --no-fund\n', '      - name: npm ci\n'),
    );
    expect(workflowProblems(file, 'release.yml')).toEqual([
      "release.yml: /jobs/release/steps/0: Additional property 'wiht' is not allowed",
      // A step with a name only: the schema asks for the `uses` of a step that runs nothing.
      expect.stringMatching(/^release\.yml: \/jobs\/release\/steps\/\d+\/uses: This property is required$/),
      'release.yml: /jobs/release/runs-on: This property is required',
    ]);
  });

  it('reports YAML that does not parse, with its line', () => {
    const file = variant((yaml) => yaml.replace('on:\n  push:', 'on:\n  push: [main'));
    const problems = workflowProblems(file, 'release.yml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^release\.yml: .*line \d+/);
  });
});
