import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../../../electron/core/core';
import { DATABASE_FILE } from '../../../../../electron/core/db/open-database';
import type { Logger } from '../../../../../electron/core/logger';
import type { Opportunity } from '../../../../../shared/api/opportunities/schemas';
import { tempDir } from '../../../helpers/temp-dir';
import { checkedCore } from '../../../helpers/checked-outputs';

const ROOT = path.resolve(__dirname, '../../../../..');
const quietLogger: Logger = { info() {}, warn() {}, error() {} };

/** Runs write-then-die.ts in its own Node process and resolves with the signal that ended it. */
function writeThenDie(dataDir: string, notes: string): Promise<NodeJS.Signals | null> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'write-then-die.ts'), dataDir, notes],
      { cwd: ROOT },
      (_error, _stdout, stderr) => {
        if (stderr.trim()) console.error(stderr);
      },
    );
    child.on('exit', (_code, signal) => resolve(signal));
  });
}

describe('a save committed through the core, then the process killed', () => {
  it('is there when the database is opened again: the WAL, synced at each commit, is recovered', async () => {
    const dataDir = tempDir();
    const notes = 'Ask Zoë about the Łódź depot — 王伟 leads the forecast.';
    expect(await writeThenDie(dataDir, notes)).toBe('SIGKILL');

    // What the kill left: the save is in the write-ahead log, not yet in the database file.
    const wal = path.join(dataDir, `${DATABASE_FILE}-wal`);
    expect(fs.existsSync(wal) && fs.statSync(wal).size > 0).toBe(true);

    const core = checkedCore(
      openCore(dataDir, {
        appVersion: '0.0.0-test',
        logger: quietLogger,
        dialogs: { showSaveDialog: async () => null, showOpenDialog: async () => null },
        openExternal: async () => {},
      }),
    );
    try {
      const listed = await core.dispatch('opportunities.list', {});
      expect(listed.ok && (listed.value as Opportunity[]).map((o) => [o.company, o.notes])).toEqual([['Northwind Traders', notes]]);
    } finally {
      core.close();
    }
  });
});
