import type { JobState } from '../../../../shared/print/queue-item';
import type { Media } from './media';

export interface PrinterInfo {
  name: string;
  isDefault: boolean;
}

/**
 * Where a job stands at the print service. 'completed' means the print service handed all
 * of it to the printer; 'gone' means it has no record of the job (lost, or long purged).
 * The queue keeps the same states (shared/print/queue-item.ts).
 */
export type { JobState } from '../../../../shared/print/queue-item';

export interface JobStatus {
  state: JobState;
  /** What the print service says about it, in its words ("Waiting for printer to become available."), when it says anything. */
  detail: string | null;
}

/**
 * The operating system's printing, behind one small interface: CUPS on Linux and macOS,
 * pdf-to-printer on Windows. print() resolves once the print system accepted the job;
 * jobStatus() then follows it until it is out on paper or known to have failed.
 */
export interface PrintSystem {
  listPrinters(): Promise<PrinterInfo[]>;
  /** null when the print service is running; otherwise one sentence saying it is not, and what to do. */
  serviceProblem(): Promise<string | null>;
  print(job: { file: string; printer: string; media: Media; title: string }): Promise<{ jobId: string }>;
  /** The state of each job id print() returned. Throws PrintServiceDownError when the service is not running. */
  jobStatus(jobIds: string[]): Promise<Map<string, JobStatus>>;
}

/** A print system failure worded for the person at the printer. */
export class PrintError extends Error {}

/** The print service itself is not running: nothing can be sent, and jobs sent to it cannot be followed. */
export class PrintServiceDownError extends PrintError {}

export const CUPS_NOT_RUNNING =
  'The print service (CUPS) is not running, so nothing can print. Start it (on most Linux systems: sudo systemctl start cups) and press Print again.';
