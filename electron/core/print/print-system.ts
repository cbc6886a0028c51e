import type { Media } from './media';

export interface PrinterInfo {
  name: string;
  isDefault: boolean;
}

/**
 * The operating system's printing, behind one small interface: CUPS on Linux and macOS,
 * pdf-to-printer on Windows. print() resolves once the print system accepted the job.
 */
export interface PrintSystem {
  listPrinters(): Promise<PrinterInfo[]>;
  print(job: { file: string; printer: string; media: Media; title: string }): Promise<{ jobId: string }>;
}

/** A print system failure worded for the person at the printer. */
export class PrintError extends Error {}
