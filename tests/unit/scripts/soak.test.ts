import { describe, expect, it } from 'vitest';
import { runSoak } from '../../../scripts/soak/run-soak';

describe('the crash soak, short', () => {
  it('10 kills in the middle of writing: no database or backup corrupt, no acknowledged write lost', async () => {
    const report = await runSoak({ kills: 10, maxLifeMs: 500 });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ kills: 10, corrupt: 0, lost: 0 });
    // The kills landed while writing, not before the first write or after the last.
    expect(report.acknowledged).toBeGreaterThan(20);
  }, 60_000);
});
