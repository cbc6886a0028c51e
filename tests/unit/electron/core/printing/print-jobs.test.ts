import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../../electron/core/core';
import type { Logger } from '../../../../../electron/core/logger';
import { cupsPrintSystem } from '../../../../../electron/core/printing/print-system/cups-print-system';
import { CUPS_NOT_RUNNING } from '../../../../../electron/core/printing/print-system/print-system';
import type { PrintOutcome, PrintQueueItem } from '../../../../../shared/api/printing/schemas';
import type { Result } from '../../../../../shared/result';
import { startPrivateCups, type PrivateCups } from '../../../helpers/private-cups';
import { tempDir } from '../../../helpers/temp-dir';
import { checkedCore } from '../../../helpers/checked-outputs';

// Each test has a print service of its own, so it can stop, kill or hold it freely.
let cups: PrivateCups;
let core: Core | null = null;
const logged: string[] = [];
const logger: Logger = { info: (m) => logged.push(m), warn: (m) => logged.push(m), error: (m) => logged.push(m) };

beforeEach(() => {
  cups = startPrivateCups();
  cups.addQueue('Desk');
  logged.length = 0;
});
afterEach(() => {
  core?.close();
  core = null;
  cups.dispose();
});

function open() {
  const c = checkedCore(
    openCore(tempDir(), {
      appVersion: '0.0.0-test',
      logger,
      locale: 'en-US',
      dialogs: { showSaveDialog: async () => null, showOpenDialog: async () => null },
      openExternal: async () => {},
      printSystem: cupsPrintSystem(cups.env),
    }),
  );
  core = c;
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = (await c.dispatch(method, input)) as Result<T>;
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value;
  };
  return { call };
}

async function queueThree(call: ReturnType<typeof open>['call']): Promise<PrintQueueItem[]> {
  await call('settings.update', { yourName: 'Sam Rivera', returnAddress: '742 Evergreen Terrace\nSpringfield, IL 62704' });
  const address = { lines: ['500 Market Street'], city: 'San Francisco', region: 'CA', postalCode: '94105', country: 'US' };
  for (const fullName of ['José Martínez', 'Ελένη Παπαδοπούλου', 'Дмитрий Иванов']) {
    await call('printQueue.addLetter', {
      recipient: { fullName, title: '', company: 'Acme Corp', address },
      date: '2026-03-04',
      body: 'Thank you.',
      withEnvelope: false,
    });
  }
  return call<PrintQueueItem[]>('printQueue.list', {});
}

const statuses = async (call: ReturnType<typeof open>['call']) => (await call<PrintQueueItem[]>('printQueue.list', {})).map((i) => i.status);

describe('printed means printed', () => {
  it('with the print service stopped, says so in one sentence, sends nothing and marks nothing', async () => {
    const { call } = open();
    const items = await queueThree(call);
    cups.stop();
    const outcome = await call<PrintOutcome>('printQueue.print', { printer: 'Desk' });
    expect(outcome).toEqual({ printed: [], printing: [], failed: [], notSent: items.map((i) => i.id), problem: CUPS_NOT_RUNNING });
    expect(await statuses(call)).toEqual(['queued', 'queued', 'queued']);
    expect((await call<PrintQueueItem[]>('printQueue.list', {})).every((i) => i.lastError === null && i.job === null)).toBe(true);
    // The printer list says why it is empty instead of "No printers are set up".
    expect(await call('printers.list', {})).toEqual({ printers: [], problem: CUPS_NOT_RUNNING });
    expect(logged.join('\n')).toMatch(/not sent, the print service is not running: 3 item\(s\) stay queued/);
  });

  it('with the print service killed while a job waits, the item goes back to the queue, not to Printed', async () => {
    const { call } = open();
    const [first] = await queueThree(call);
    cups.run('cupsdisable', ['Desk']); // the job waits at the print service, as behind a busy printer
    const sent = await call<PrintOutcome>('printQueue.print', { printer: 'Desk', ids: [first!.id] });
    expect(sent).toMatchObject({ printed: [], printing: [first!.id], failed: [], problem: null });
    const [printing] = await call<PrintQueueItem[]>('printQueue.list', {});
    expect(printing).toMatchObject({
      status: 'printing',
      printedAt: null,
      job: { printer: 'Desk', id: expect.stringMatching(/^Desk-\d+$/), state: 'pending' },
    });

    cups.kill();
    const looked = await call<PrintOutcome>('printQueue.checkJobs', {});
    expect(looked.problem).toBe(CUPS_NOT_RUNNING);
    expect(looked.failed).toEqual([{ id: first!.id, message: 'The print service stopped before "Letter to José Martínez" printed. It is back in the queue.' }]);
    const [after] = await call<PrintQueueItem[]>('printQueue.list', {});
    expect(after).toMatchObject({
      status: 'queued',
      printedAt: null,
      lastError: 'The print service stopped before "Letter to José Martínez" printed. It is back in the queue.',
    });
    expect(logged.join('\n')).toContain(`back in the queue: letter ${first!.id} (job ${printing!.job!.id})`);
  }, 30_000);

  it('follows a job through held and released to printed, and a cancelled one back to the queue with why', async () => {
    const { call } = open();
    const [a, b] = await queueThree(call);
    cups.run('cupsdisable', ['Desk']);
    await call('printQueue.print', { printer: 'Desk', ids: [a!.id, b!.id] });
    const [jobA, jobB] = (await call<PrintQueueItem[]>('printQueue.list', {})).slice(0, 2).map((i) => i.job!.id);
    cups.run('lp', ['-i', jobA!, '-H', 'indefinite']);
    cups.run('cancel', [jobB!]);
    const looked = await call<PrintOutcome>('printQueue.checkJobs', {});
    expect(looked.printing).toEqual([a!.id]);
    expect(looked.failed).toEqual([
      { id: b!.id, message: '"Letter to Ελένη Παπαδοπούλου" was cancelled at the print service before it printed. It is back in the queue.' },
    ]);
    const [heldA, backB, untouched] = await call<PrintQueueItem[]>('printQueue.list', {});
    expect(heldA).toMatchObject({ status: 'printing', job: { state: 'held' } });
    expect(backB).toMatchObject({ status: 'queued', job: { state: 'canceled' } });
    expect(untouched).toMatchObject({ status: 'queued', job: null, lastError: null });

    cups.run('lp', ['-i', jobA!, '-H', 'resume']);
    cups.run('cupsenable', ['Desk']);
    let done: PrintOutcome = { printed: [], printing: [a!.id], failed: [], notSent: [], problem: null };
    for (let i = 0; i < 100 && done.printing.length > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      done = await call<PrintOutcome>('printQueue.checkJobs', {});
    }
    expect(done.printed).toEqual([a!.id]);
    expect(await statuses(call)).toEqual(['printed', 'queued', 'queued']);
  }, 30_000);

  it('picks up jobs still printing when the app opens again, and marks them printed once done', async () => {
    const dataDir = tempDir();
    const first = checkedCore(
      openCore(dataDir, {
        appVersion: 't',
        logger,
        locale: 'en-US',
        dialogs: { showSaveDialog: async () => null, showOpenDialog: async () => null },
        openExternal: async () => {},
        printSystem: cupsPrintSystem(cups.env),
      }),
    );
    const must = async <T>(c: Core, m: string, i: unknown) => ((await c.dispatch(m, i)) as { value: T }).value;
    await must(first, 'printQueue.addLetter', {
      recipient: { fullName: 'Zoë Ångström', title: '', company: 'Acme', address: null },
      body: 'Thank you.',
      withEnvelope: false,
    });
    cups.run('cupsdisable', ['Desk']);
    expect((await must<PrintOutcome>(first, 'printQueue.print', { printer: 'Desk' })).printing).toHaveLength(1);
    first.close();

    cups.run('cupsenable', ['Desk']);
    const again = checkedCore(
      openCore(dataDir, {
        appVersion: 't',
        logger,
        locale: 'en-US',
        dialogs: { showSaveDialog: async () => null, showOpenDialog: async () => null },
        openExternal: async () => {},
        printSystem: cupsPrintSystem(cups.env),
      }),
    );
    core = again;
    // Nobody looks: the core follows the job by itself.
    let items: PrintQueueItem[] = [];
    for (let i = 0; i < 100; i++) {
      items = await must<PrintQueueItem[]>(again, 'printQueue.list', {});
      if (items[0]?.status === 'printed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(items[0]).toMatchObject({ status: 'printed', job: { state: 'completed' } });
  }, 30_000);
});
