import { z } from 'zod';
import { id } from '../fields';
import {
  addedOutput,
  addForInterviewInput,
  addLetterInput,
  calibrationInput,
  exportPdfInput,
  moveQueueItemInput,
  pdfOutput,
  printerName,
  printerOffset,
  printersOutput,
  printInput,
  printOutput,
  printQueueItem,
  queuePreviewOutput,
  queueSelection,
  updateQueueItemInput,
} from './schemas';

/** The print queue's part of the contract, spread into contract.ts. */
export const printingContract = {
  'printQueue.list': { input: z.object({}).strict(), output: z.array(printQueueItem) },
  'printQueue.addLetter': { input: addLetterInput, output: z.array(printQueueItem) },
  'printQueue.addForInterview': { input: addForInterviewInput, output: addedOutput },
  'printQueue.update': { input: updateQueueItemInput, output: printQueueItem },
  'printQueue.move': { input: moveQueueItemInput, output: z.array(printQueueItem) },
  'printQueue.remove': { input: z.object({ id }).strict(), output: z.object({ removed: z.literal(true) }) },
  'printQueue.preview': { input: queueSelection, output: queuePreviewOutput },
  'printQueue.exportPdf': { input: exportPdfInput, output: z.object({ cancelled: z.boolean(), files: z.array(z.string()) }) },
  'printQueue.print': { input: printInput, output: printOutput },
  'printQueue.checkJobs': { input: z.object({}).strict(), output: printOutput },
  'printers.list': { input: z.object({}).strict(), output: printersOutput },
  'printers.getOffset': { input: z.object({ printer: printerName }).strict(), output: printerOffset },
  'printers.setOffset': { input: printerOffset.strict(), output: printerOffset },
  'printers.calibrationPreview': { input: calibrationInput, output: pdfOutput },
  'printers.printCalibration': { input: calibrationInput, output: z.object({ printed: z.literal(true) }) },
};
