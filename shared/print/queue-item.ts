import type { PostalAddress } from '../domain/person';
import type { EnvelopeSizeId } from './envelope-layout';
import type { LabelSheetId } from './label-sheet';
import type { LetterFormat } from './letter-layout';

/**
 * What a print queue item prints. Each keeps a snapshot of its recipient and its letter's
 * words, taken when it was queued and refreshed from the person's record and the note while
 * those still exist, so a queued envelope never prints an address since corrected.
 */
export interface QueueRecipient {
  personId: string | null;
  fullName: string;
  title: string;
  company: string;
  address: PostalAddress | null;
}

export interface LetterData {
  kind: 'letter';
  recipient: QueueRecipient;
  interviewId: string | null;
  noteId: string | null;
  date: string;
  salutation: string;
  body: string;
  format: LetterFormat;
}

export interface EnvelopeData {
  kind: 'envelope';
  recipient: QueueRecipient;
  interviewId: string | null;
  /** null: the envelope chosen in Settings at print time. */
  envelope: EnvelopeSizeId | null;
}

export interface LabelsData {
  kind: 'labels';
  recipients: QueueRecipient[];
  interviewId: string | null;
  sheet: LabelSheetId | null;
  startAt: number;
}

export type QueueItemData = LetterData | EnvelopeData | LabelsData;

/** Where a job stands at the print service; 'completed' is on paper, 'gone' no longer known to it. */
export const jobStates = ['pending', 'held', 'processing', 'stopped', 'completed', 'canceled', 'aborted', 'gone'] as const;
export type JobState = (typeof jobStates)[number];

/** The print job an item was last sent as, followed until it is on paper or has failed. */
export interface PrintJob {
  printer: string;
  /** The print service's own id for the job ("PDF-12"). */
  id: string;
  sentAt: string;
  state: JobState;
  /** What the print service last said about it, in its words, when it said anything. */
  detail: string | null;
}

/**
 * What became of a print (or of a later look at the jobs): printed, still with the print
 * service, refused or failed (back in the queue, with why), and not sent at all because
 * printing stopped; `problem` says why it stopped, in one sentence.
 */
export interface PrintOutcome {
  printed: string[];
  printing: string[];
  failed: Array<{ id: string; message: string }>;
  notSent: string[];
  problem: string | null;
}
