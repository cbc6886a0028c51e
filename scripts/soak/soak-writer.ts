/**
 * The soak's child: writes through the real core, as the app does, until it is killed. Each
 * write the core acknowledged is appended to the ack file with a synchronous write, after
 * the write resolved, so the file holds exactly what the parent may expect to find. Now and
 * then a backup is started in the middle of the writing. Argument: the data folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openCoreHost } from '../../electron/core/core-host';
import { testPorts } from '../../tests/unit/helpers/core-ports';
import { ACK_FILE, isKeystroke, typedAfter, type Ack } from './soak-text';

const [dataDir = '', round = ''] = process.argv.slice(2);
if (!dataDir || !round) throw new Error('usage: soak-writer <dataDir> <round>');
const acks = path.join(dataDir, ACK_FILE);
// Well under the 20,000 characters a note may have; a round never lives this long.
const MAX_KEYSTROKES = 15_000;

function ack(entry: Ack): void {
  fs.appendFileSync(acks, `${JSON.stringify(entry)}\n`);
}

async function main(): Promise<void> {
  const host = await openCoreHost(dataDir, testPorts({ appVersion: 'soak' }).ports, { schedule: false });
  if (host.state() !== 'open') throw new Error('the data could not be opened');
  const call = async (method: string, input: unknown) => {
    const result = await host.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as { id: string };
  };
  process.stdout.write('ready\n');
  const company = `Soak round ${round}`;
  const opportunity = await call('opportunities.create', { company, role: 'Analyst' });
  ack({ kind: 'opportunity', id: opportunity.id, company });
  for (let n = 1; n <= MAX_KEYSTROKES; n++) {
    // Each save arrives as its own event, as IPC delivers keystrokes, so the event loop turns
    // between them (and a backup's worker can report that it is done).
    await new Promise((resolve) => setImmediate(resolve));
    // Mostly typing (one save per keystroke), with a new person and interview now and then.
    if (!isKeystroke(n)) {
      const fullName = `Person ${round}-${n}`;
      const person = await call('people.create', { fullName, company });
      ack({ kind: 'person', id: person.id, fullName });
      const interview = await call('interviews.create', { opportunityId: opportunity.id, date: '2026-03-10' });
      ack({ kind: 'interview', id: interview.id, opportunityId: opportunity.id });
    } else {
      await call('opportunities.update', { id: opportunity.id, notes: typedAfter(n) });
      ack({ kind: 'typed', id: opportunity.id, keystrokes: n });
    }
    if (n % 20 === 0) void host.backups.take('manual').catch(() => {});
  }
  throw new Error('the writer was never killed');
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
