import { expect, test } from '@playwright/test';
import type { Api } from '../../shared/api/contract';
import { CUPS_NOT_RUNNING } from '../../electron/core/printing/print-system/print-system';
import { startPrivateCups, type PrivateCups } from '../unit/helpers/private-cups';
import { launchApp, type AppHandle } from './harness';

// A print service of this test's own, so it can hold jobs and be stopped without touching
// the one the other print tests use.
let cups: PrivateCups;
let app: AppHandle | null = null;
test.beforeEach(() => {
  cups = startPrivateCups();
  cups.addQueue('Desk');
});
test.afterEach(async () => {
  await app?.close();
  app = null;
  cups.dispose();
});

test('says while a job is still with the printer, moves it to Printed once done, and says so when the print service is not running', async () => {
  app = await launchApp({ env: { CUPS_SERVER: cups.socket } });
  const { page } = app;
  await page.evaluate(async () => {
    const api = (globalThis as unknown as { api: Api }).api;
    await api['settings.update']({ yourName: 'Sam Rivera', returnAddress: '742 Evergreen Terrace\nSpringfield, IL 62704', envelope: 'no10' });
    const opp = await api['opportunities.create']({ company: 'Acme Corp', role: 'Platform Engineer' });
    if (!opp.ok) throw new Error(opp.error.message);
    const interview = await api['interviews.create']({ opportunityId: opp.value.id, date: '2026-11-23' });
    if (!interview.ok) throw new Error(interview.error.message);
    const address = { lines: ['500 Market Street'], city: 'San Francisco', region: 'CA', postalCode: '94105', country: 'US' };
    const added = await api['participants.add']({
      interviewId: interview.value.id,
      person: { fullName: 'José Martínez', title: 'Engineering Manager', company: 'Acme Corp', address },
    });
    if (!added.ok) throw new Error(added.error.message);
  });
  // The printer is busy: the job waits at the print service.
  cups.run('cupsdisable', ['Desk']);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Print queue' }).click();
  await page.getByRole('button', { name: 'Add to print queue' }).click();
  await expect(page.getByRole('status')).toHaveText('Added 1 item to the print queue.');
  await page.getByLabel('Printer', { exact: true }).selectOption('Desk');
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Sent 1 item to Desk: 1 still printing. They move to Printed once the printer has them.');
  const printing = page.getByRole('region', { name: 'Printing' });
  await expect(printing.getByRole('listitem')).toHaveText('Envelope to José Martínez · waiting for Desk');
  await expect(page.getByRole('region', { name: 'Printed' })).toHaveCount(0);

  cups.run('cupsenable', ['Desk']);
  await expect(page.getByRole('region', { name: 'Printed' }).getByRole('listitem')).toContainText('Envelope to José Martínez');
  await expect(printing).toHaveCount(0);

  // Again, with the print service stopped: one sentence, and the item stays waiting.
  await page.getByRole('button', { name: 'Add to print queue' }).click();
  await expect(page.getByRole('status')).toHaveText('Added 1 item to the print queue.');
  cups.stop();
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(CUPS_NOT_RUNNING);
  const waiting = page.getByRole('region', { name: 'Waiting to print' });
  await expect(waiting.getByRole('listitem')).toHaveCount(1);
  await expect(waiting).toContainText('Envelope to José Martínez');
  await expect(page.getByRole('region', { name: 'Printed' }).getByRole('listitem')).toHaveCount(1);
});
