/** The print queue's and printers' methods; zod-free for the preload. */
export const printingMethodNames = [
  'printQueue.list',
  'printQueue.addLetter',
  'printQueue.addForInterview',
  'printQueue.update',
  'printQueue.move',
  'printQueue.remove',
  'printQueue.preview',
  'printQueue.exportPdf',
  'printQueue.print',
  'printQueue.checkJobs',
  'printers.list',
  'printers.getOffset',
  'printers.setOffset',
  'printers.calibrationPreview',
  'printers.printCalibration',
] as const;

export type PrintingMethod = (typeof printingMethodNames)[number];
