/**
 * Run as its own process by crash-recovery.test.ts: saves through the core, then dies by
 * SIGKILL without closing anything, as the app does when it is killed.
 * Arguments: dataDir, then the notes to save.
 */
import { openCore } from '../../../../../electron/core/core';
import type { Logger } from '../../../../../electron/core/logger';

const [dataDir, notes] = process.argv.slice(2);
if (!dataDir || notes === undefined) throw new Error('usage: write-then-die <dataDir> <notes>');
const quietLogger: Logger = { info() {}, warn() {}, error() {} };
const core = openCore(dataDir, {
  appVersion: '0.0.0-test',
  logger: quietLogger,
  dialogs: { showSaveDialog: async () => null, showOpenDialog: async () => null },
  openExternal: async () => {},
});

async function main(): Promise<void> {
  const created = await core.dispatch('opportunities.create', { company: 'Northwind Traders', role: 'Operations Analyst' });
  if (!created.ok) throw new Error(created.error.message);
  const id = (created.value as { id: string }).id;
  const updated = await core.dispatch('opportunities.update', { id, notes });
  if (!updated.ok) throw new Error(updated.error.message);
  process.kill(process.pid, 'SIGKILL');
}

void main();
