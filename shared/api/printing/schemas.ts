import { z } from 'zod';
import { letterFormats } from '../../print/letter-layout';
import { jobStates, type PrintJob, type PrintOutcome, type QueueItemData, type QueueRecipient } from '../../print/queue-item';
import { calendarDate, id, text, type AllSame, type Same } from '../fields';
import { postalAddress } from '../people/schemas';
import { envelopeSizeId, labelSheetId } from '../settings/schemas';

/** The print queue as the contract carries it: what an item prints is printing's (shared/print/queue-item.ts). */
export const recipient = z.object({
  personId: id.nullable(),
  fullName: text('Name', 300),
  title: text('Title', 300),
  company: text('Company', 300),
  address: postalAddress.nullable(),
});

export const letterFormat = z.enum(letterFormats);

export const letterData = z.object({
  kind: z.literal('letter'),
  recipient,
  interviewId: id.nullable(),
  noteId: id.nullable(),
  date: calendarDate,
  salutation: text('Salutation', 300),
  body: text('Letter', 20_000),
  format: letterFormat,
});

export const envelopeData = z.object({
  kind: z.literal('envelope'),
  recipient,
  interviewId: id.nullable(),
  /** null: the envelope chosen in Settings at print time. */
  envelope: envelopeSizeId.nullable(),
});

export const labelsData = z.object({
  kind: z.literal('labels'),
  recipients: z.array(recipient).min(1, { message: 'Labels need at least one address' }).max(500),
  interviewId: id.nullable(),
  sheet: labelSheetId.nullable(),
  startAt: z.number().int().min(1, { message: 'Start at label must be 1 or more' }).max(400),
});

export const queueItemData = z.discriminatedUnion('kind', [letterData, envelopeData, labelsData]);

export const jobState = z.enum(jobStates);

export const printJob = z.object({
  printer: z.string(),
  id: z.string(),
  sentAt: z.string(),
  state: jobState,
  detail: z.string().nullable(),
});

export const printQueueItem = z.object({
  id,
  kind: z.enum(['letter', 'envelope', 'labels']),
  /** What the item is, in words: "Letter to José Martínez". */
  title: z.string(),
  /** 'printing': sent, and the print service has not yet finished it; 'printed': the print service handed it to the printer. */
  status: z.enum(['queued', 'printing', 'printed']),
  lastError: z.string().nullable(),
  printedAt: z.string().nullable(),
  job: printJob.nullable(),
  data: queueItemData,
});
export type PrintQueueItem = z.infer<typeof printQueueItem>;

const recipientInput = recipient.omit({ personId: true }).extend({ personId: id.nullable().default(null) });

export const addLetterInput = z
  .object({
    /** Either a person on record or a recipient written out. */
    personId: id.optional(),
    recipient: recipientInput.optional(),
    interviewId: id.nullable().default(null),
    noteId: id.nullable().default(null),
    /** The date on the letter; defaults to today. */
    date: calendarDate.optional(),
    /** Defaults to "Dear <name>,". */
    salutation: text('Salutation', 300).optional(),
    body: text('Letter', 20_000),
    format: letterFormat.default('letter'),
    /** Queue an envelope to the same person with it. */
    withEnvelope: z.boolean().default(true),
  })
  .strict()
  .refine((v) => v.personId !== undefined || v.recipient !== undefined, { message: 'Choose who the letter is for', path: ['personId'] });

export const addForInterviewInput = z
  .object({
    interviewId: id,
    /** Only these interviewers (one person, or a few); everyone in the interview when left out. */
    personIds: z.array(id).min(1, { message: 'Choose at least one person' }).max(500).optional(),
    /** The letters marked ready in the note studio; envelopes and labels then go to their recipients. */
    letters: z.boolean().default(true),
    envelopes: z.boolean().default(true),
    labels: z.boolean().default(false),
  })
  .strict();

/** What was added, and what was left out because it is already waiting to print ("Envelope to …"). */
export const addedOutput = z.object({ added: z.array(printQueueItem), skipped: z.array(z.string()) });

export const updateQueueItemInput = z
  .object({
    id,
    startAt: z.number().int().min(1, { message: 'Start at label must be 1 or more' }).max(400).optional(),
    envelope: envelopeSizeId.nullable().optional(),
    sheet: labelSheetId.nullable().optional(),
    format: letterFormat.optional(),
  })
  .strict();

export const moveQueueItemInput = z.object({ id, toIndex: z.number().int().min(0) }).strict();

export const queueSelection = z
  .object({
    /** The items to use, in queue order; all queued (not yet printed) items when left out. */
    ids: z.array(id).max(1000).optional(),
  })
  .strict();

export const pdfOutput = z.object({
  /** The PDF, base64: travels over IPC and the e2e transport alike. */
  pdfBase64: z.string(),
  pageCount: z.number().int(),
});

/** The queue's preview: the pages, and what will not print as it should, per item, in words. */
export const queuePreviewOutput = pdfOutput.extend({
  warnings: z.array(z.object({ id, message: z.string() })),
});

export const exportPdfInput = z
  .object({
    ids: z.array(id).max(1000).optional(),
    /** One PDF for everything, or one file per item beside the chosen name. */
    perItem: z.boolean().default(false),
  })
  .strict();

export const exportPdfOutput = z.object({ cancelled: z.boolean(), files: z.array(z.string()) });

export const printerName = z
  .string()
  .trim()
  .min(1, { message: 'Choose a printer' })
  .max(200)
  // A leading '-' would let a name pose as a command-line option; control characters never belong.
  .regex(/^[^\-\p{Cc}][^\p{Cc}]*$/u, { message: 'That is not a printer name' });

export const printInput = z
  .object({
    ids: z.array(id).max(1000).optional(),
    printer: printerName,
    /** The user was told that some envelopes or labels have no postal address and chose to print them anyway. */
    allowMissingAddresses: z.boolean().default(false),
  })
  .strict();

export const printOutput = z.object({
  printed: z.array(id),
  printing: z.array(id),
  failed: z.array(z.object({ id, message: z.string() })),
  notSent: z.array(id),
  problem: z.string().nullable(),
});

export const printerInfo = z.object({ name: z.string(), isDefault: z.boolean() });

export const printersOutput = z.object({
  printers: z.array(printerInfo),
  /** Why the list is empty, in words, when the print system could not be asked. */
  problem: z.string().nullable(),
});

export const printerOffset = z.object({
  printer: printerName,
  xMm: z.number().min(-20, { message: 'Offset must be between -20 and 20 mm' }).max(20, { message: 'Offset must be between -20 and 20 mm' }),
  yMm: z.number().min(-20, { message: 'Offset must be between -20 and 20 mm' }).max(20, { message: 'Offset must be between -20 and 20 mm' }),
});

export const calibrationInput = z
  .object({
    printer: printerName,
    sheet: labelSheetId.nullable().default(null),
  })
  .strict();

export type { PrintJob, PrintOutcome, QueueItemData, QueueRecipient } from '../../print/queue-item';

type _Shapes = AllSame<
  [
    Same<z.output<typeof recipient>, QueueRecipient>,
    Same<z.output<typeof queueItemData>, QueueItemData>,
    Same<z.output<typeof printJob>, PrintJob>,
    Same<z.output<typeof printOutput>, PrintOutcome>,
  ]
>;
