import type { Handlers } from '../../../shared/api/contract';
import type { PrintingMethod } from '../../../shared/api/printing/methods';
import type { DialogPort } from '../os-ports';
import type { Repositories } from '../repositories';
import { exportPdf } from './pdf-export';
import type { PrintJobs } from './print-jobs';
import type { PrintSystem } from './print-system/print-system';
import { printers } from './printers';
import { queueAdding } from './queue-adding';
import { queueItems } from './queue-items';
import { queuePdf } from './queue-pdf';
import { printItems } from './queue-print';
import { updateQueueItem } from './queue-update';

export type PrintingRepositories = Pick<Repositories, 'printQueue' | 'printerOffsets' | 'settings' | 'people' | 'participants' | 'notes' | 'references'>;

export interface PrintingPorts {
  printSystem: PrintSystem;
  dialogs: DialogPort;
  /** The user's today (YYYY-MM-DD) in their own zone: the date a letter carries, the same day the plan calls today. */
  userToday: () => string;
  /** Sends items and follows their jobs until they are on paper. */
  jobs: PrintJobs;
}

/** The print queue (letters, cards, envelopes, labels) and the printers it goes to. */
export function printingHandlers(repos: PrintingRepositories, ports: PrintingPorts): Pick<Handlers, PrintingMethod> {
  const { printQueue: queue, settings } = repos;
  const { dialogs, jobs, userToday } = ports;
  const items = queueItems(repos);
  const adding = queueAdding(repos, items, userToday);
  const pdf = queuePdf(repos.printerOffsets);
  const printer = printers(repos, ports.printSystem);
  return {
    // What is shown is what will print: addresses as they are on record now.
    'printQueue.list': () => items.list(),
    'printQueue.addLetter': (input) => adding.addLetter(input),
    'printQueue.addForInterview': (input) => adding.addForInterview(input),
    'printQueue.update': (input) => updateQueueItem(repos, items, input),
    'printQueue.move': ({ id, toIndex }) => queue.move(id, toIndex),
    'printQueue.remove': ({ id }) => {
      queue.remove(id);
      return { removed: true as const };
    },
    'printQueue.preview': async ({ ids }) => {
      const { bytes, pageCount, warnings } = await pdf.write(items.select(ids), settings.get());
      return { pdfBase64: bytes.toString('base64'), pageCount, warnings };
    },
    'printQueue.exportPdf': ({ ids, perItem }) => exportPdf({ dialogs, pdf, settings: settings.get(), today: userToday() }, items.select(ids), perItem),
    'printQueue.print': ({ ids, printer: name, allowMissingAddresses }) =>
      printItems({ jobs, pdf, settings: settings.get() }, items.select(ids), { everyQueued: ids === undefined, printer: name, allowMissingAddresses }),
    'printQueue.checkJobs': () => jobs.check(),
    'printers.list': () => printer.list(),
    'printers.getOffset': ({ printer: name }) => printer.offset(name),
    'printers.setOffset': ({ printer: name, xMm, yMm }) => printer.setOffset(name, xMm, yMm),
    'printers.calibrationPreview': ({ printer: name, sheet }) => printer.calibrationPreview(name, sheet),
    'printers.printCalibration': ({ printer: name, sheet }) => printer.printCalibration(name, sheet),
  };
}
