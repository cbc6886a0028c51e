import { describe, expect, it } from 'vitest';
import { highlightRuns } from '../../../../../renderer/src/features/notes/highlight-runs';

describe('highlight runs', () => {
  it('cuts the text into runs marked with the most serious finding covering them', () => {
    const text = 'It was amazing!!! Thanks.';
    const runs = highlightRuns(text, [
      { kind: 'tone', severity: 'warning', message: '', span: { start: 7, end: 14 } },
      { kind: 'tone', severity: 'error', message: '', span: { start: 14, end: 17 } },
      { kind: 'tone', severity: 'info', message: '', span: { start: 3, end: 17 } },
      { kind: 'structure', severity: 'warning', message: '', span: null },
    ]);
    expect(runs).toEqual([
      { text: 'It ', severity: null },
      { text: 'was ', severity: 'info' },
      { text: 'amazing', severity: 'warning' },
      { text: '!!!', severity: 'error' },
      { text: ' Thanks.', severity: null },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });
});
