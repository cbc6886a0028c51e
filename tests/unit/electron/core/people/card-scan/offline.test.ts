import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cardTruth } from '../../../../helpers/business-cards/card-people';
import { tempDir } from '../../../../helpers/temp-dir';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../../../../../..');

describe('card reading is offline', () => {
  it('reads a card (its name again in each line language), and checks its orientation, in a process where every network call throws; none is attempted', async () => {
    const log = path.join(tempDir(), 'net.log');
    const { stdout } = await run(
      process.execPath,
      ['--require', path.join(ROOT, 'tests/unit/helpers/deny-network.cjs'), '--import', 'tsx', path.join(__dirname, 'offline-scan.child.ts'), '0'],
      { cwd: ROOT, env: { ...process.env, NET_LOG: log }, timeout: 90_000 },
    );
    const result = JSON.parse(stdout) as { selfCheck: string; email: string; name: string; orientation: number | null };
    // The denial works (the child's own fetch was refused and logged)…
    expect(result.selfCheck).toBe('denied');
    // …and the card was read all the same, with nothing else reaching for the network.
    expect(result.email).toBe(cardTruth(0).email);
    expect(result.name).toBe(cardTruth(0).fullName);
    expect(fs.readFileSync(log, 'utf8').trim().split('\n')).toEqual(['fetch http://127.0.0.1:9/']);
  }, 120_000);
});
