import type { QueueItemData } from '../../../shared/api/printing/schemas';
import type { Settings } from '../../../shared/api/settings/schemas';
import type { Page } from '../../../shared/print/page-model';
import { pagesForItem } from '../../../shared/print/queue-pages';
import { unprintableMessage } from '../../../shared/print/unprintable';
import { InvalidInputError } from '../core-errors';
import type { PrinterOffsetRepository } from '../repositories/print-queue-repository';
import { emptyCardDraft } from './card-draft';
import { measureText, uncoveredCharacters, writePdf } from './pdf/pdf-writer';
import type { ItemNow } from './queue-items';

export interface QueuePdf {
  bytes: Buffer;
  pageCount: number;
  warnings: Array<{ id: string; message: string }>;
}

/** What will not print as it should: characters no font has, text a layout could not fit. */
function warningsOf(data: QueueItemData, pages: Page[]): string[] {
  const warnings: string[] = [];
  const recipients = data.kind === 'labels' ? data.recipients : [data.recipient];
  for (const r of recipients) {
    const address = r.address ? [...r.address.lines, r.address.city, r.address.region, r.address.postalCode] : [];
    const missing = uncoveredCharacters([r.fullName, r.title, r.company, ...address].join(' '));
    if (missing.length > 0) warnings.push(unprintableMessage(missing, `the name or address of ${r.fullName}`));
  }
  const empty = emptyCardDraft(data);
  if (empty) warnings.push(empty);
  if (data.kind === 'letter') {
    const missing = uncoveredCharacters(`${data.salutation} ${data.body}`, 'serif');
    if (missing.length > 0) warnings.push(unprintableMessage(missing, `the letter to ${data.recipient.fullName}`));
  }
  for (const page of pages) for (const problem of page.problems ?? []) if (!warnings.includes(problem)) warnings.push(problem);
  return warnings;
}

/** Queue items laid out as pages and written as PDF, for the preview, export and printing alike. */
export function queuePdf(offsets: PrinterOffsetRepository) {
  /** The item's pages as they go to this printer (its calibration offset), or to a file. */
  function pagesOf(data: QueueItemData, settings: Settings, printer: string | null): Page[] {
    return pagesForItem(data, settings, printer ? offsets.get(printer) : { xMm: 0, yMm: 0 }, measureText);
  }

  return {
    pagesOf,
    /** One PDF of every item, in order, with what will not print as it should. */
    async write(items: ItemNow[], settings: Settings): Promise<QueuePdf> {
      if (items.length === 0) throw new InvalidInputError('ids', 'The print queue is empty.');
      const warnings: QueuePdf['warnings'] = [];
      const pages = items.flatMap(({ item, data }) => {
        const own = pagesOf(data, settings, null);
        for (const message of warningsOf(data, own)) warnings.push({ id: item.id, message });
        return own;
      });
      const title = items.length === 1 ? items[0]!.item.title : 'Afterword print queue';
      return { bytes: await writePdf(pages, { title }), pageCount: pages.length, warnings };
    },
  };
}

export type QueuePdfWriter = ReturnType<typeof queuePdf>;
