import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cupsPrintSystem } from '../../../../../../electron/core/printing/print-system/cups-print-system';
import { cupsJobStates } from '../../../../../../electron/core/printing/print-system/cups-jobs';
import { cupsAddress } from '../../../../../../electron/core/printing/print-system/cups-server';
import { mediaFor } from '../../../../../../electron/core/printing/print-system/media';
import { CUPS_NOT_RUNNING, PrintServiceDownError } from '../../../../../../electron/core/printing/print-system/print-system';
import { withSpoolFile } from '../../../../../../electron/core/printing/print-system/spool-file';
import { startPrivateCups, type PrivateCups } from '../../../../helpers/private-cups';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

let cups: PrivateCups;
beforeEach(() => {
  cups = startPrivateCups();
  cups.addQueue('Desk');
});
afterEach(() => cups.dispose());

const send = (system: ReturnType<typeof cupsPrintSystem>, title: string) =>
  withSpoolFile(PDF, title, 'e2c1', (file) => system.print({ file, printer: 'Desk', media: mediaFor(612, 792), title }));

describe('CUPS, through lp, lpstat and IPP', () => {
  it('finds the scheduler lp uses, and reads each job state from it over IPP', async () => {
    expect(cupsAddress(cups.env)).toEqual({ socketPath: cups.socket });
    const system = cupsPrintSystem(cups.env);
    expect(await system.serviceProblem()).toBeNull();
    cups.run('cupsdisable', ['Desk']);
    const { jobId: waiting } = await send(system, 'Letter to José Martínez');
    const { jobId: cancelled } = await send(system, 'Envelope to 王伟');
    cups.run('cancel', [cancelled]);
    const states = await system.jobStatus([waiting, cancelled, 'Desk-999']);
    expect(Object.fromEntries([...states].map(([id, s]) => [id, s.state]))).toEqual({ [waiting]: 'pending', [cancelled]: 'canceled', 'Desk-999': 'gone' });
    cups.run('cupsenable', ['Desk']);
    for (let i = 0; i < 50 && (await system.jobStatus([waiting])).get(waiting)?.state !== 'completed'; i++) await new Promise((r) => setTimeout(r, 100));
    expect((await system.jobStatus([waiting])).get(waiting)?.state).toBe('completed');
  });

  it('falls back to lpstat when IPP cannot be spoken: finished or not, though not cancelled from printed', async () => {
    const system = cupsPrintSystem(cups.env, async () => {
      throw new Error('The print service answered HTTP 426.');
    });
    cups.run('cupsdisable', ['Desk']);
    const { jobId } = await send(system, 'Letter to Zoë');
    expect((await system.jobStatus([jobId, 'Desk-999'])).get(jobId)).toEqual({ state: 'pending', detail: null });
    cups.run('cupsenable', ['Desk']);
    for (let i = 0; i < 50 && (await system.jobStatus([jobId])).get(jobId)?.state !== 'completed'; i++) await new Promise((r) => setTimeout(r, 100));
    const done = await system.jobStatus([jobId, 'Desk-999']);
    expect(Object.fromEntries([...done].map(([id, s]) => [id, s.state]))).toEqual({ [jobId]: 'completed', 'Desk-999': 'gone' });
    // The same answers as over IPP, where IPP works.
    expect((await cupsJobStates(cupsAddress(cups.env), 'nobody', [jobId])).get(jobId)?.state).toBe('completed');
  });

  it('tells a stopped print service from a refused job, and never says "The printer or class does not exist" for it', async () => {
    const system = cupsPrintSystem(cups.env);
    await expect(send(system, 'Letter to Ana')).resolves.toMatchObject({ jobId: expect.stringMatching(/^Desk-\d+$/) });
    await expect(withSpoolFile(PDF, 'x', 'y', (file) => system.print({ file, printer: 'Nowhere', media: mediaFor(612, 792), title: 'x' }))).rejects.toThrow(
      /Printing to "Nowhere" failed: .*does not exist/,
    );
    cups.stop();
    expect(await system.serviceProblem()).toBe(CUPS_NOT_RUNNING);
    await expect(send(system, 'Letter to Ana')).rejects.toThrow(PrintServiceDownError);
    await expect(send(system, 'Letter to Ana')).rejects.toThrow(CUPS_NOT_RUNNING);
    await expect(system.jobStatus(['Desk-1'])).rejects.toThrow(CUPS_NOT_RUNNING);
    await expect(system.listPrinters()).rejects.toThrow(CUPS_NOT_RUNNING);
  });
});
