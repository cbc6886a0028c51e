import type { PrintOutcome } from '../../../shared/api/printing/schemas';
import type { Settings } from '../../../shared/api/settings/schemas';
import { blankAddressNames } from '../../../shared/print/blank-addresses';
import { mediaSize } from '../../../shared/print/page-model';
import { InvalidInputError, NeedsConfirmationError } from '../core-errors';
import { emptyCardDraft } from './card-draft';
import { writePdf } from './pdf/pdf-writer';
import type { PrintJobs } from './print-jobs';
import { mediaFor } from './print-system/media';
import { PrintError } from './print-system/print-system';
import type { ItemNow } from './queue-items';
import type { QueuePdfWriter } from './queue-pdf';

/**
 * Print: each chosen item as its own job at its own paper or envelope size, followed until
 * the print service says it is on paper. Each item was read once, when it was chosen.
 */
export function printItems(
  deps: { jobs: PrintJobs; pdf: QueuePdfWriter; settings: Settings },
  chosen: ItemNow[],
  request: { everyQueued: boolean; printer: string; allowMissingAddresses: boolean },
): Promise<PrintOutcome> {
  const { jobs, pdf, settings } = deps;
  const { printer } = request;
  // An item already with a printer is not sent twice; a printed one is sent again only when chosen.
  const items = chosen.filter(({ item }) => item.status !== 'printing');
  if (items.length === 0) throw new InvalidInputError('ids', request.everyQueued ? 'The print queue is empty.' : 'Those items are already printing.');
  // An envelope or label without an address wastes an envelope or a sheet: only when asked.
  const blank = blankAddressNames(items.map((i) => i.data));
  if (blank.length > 0 && !request.allowMissingAddresses) {
    throw new NeedsConfirmationError(
      'allowMissingAddresses',
      `No postal address yet for ${blank.join(', ')}: their envelope or label would print blank. Add the address, remove the item, or choose to print anyway.`,
    );
  }
  const dataOf = new Map(items.map(({ item, data }) => [item.id, data]));
  return jobs.send(
    items.map((i) => i.item),
    printer,
    async (item) => {
      const data = dataOf.get(item.id)!;
      const empty = emptyCardDraft(data);
      if (empty) throw new PrintError(empty);
      const pages = pdf.pagesOf(data, settings, printer);
      const media = mediaSize(pages[0]!);
      return { bytes: await writePdf(pages, { title: item.title }), media: mediaFor(media.width, media.height) };
    },
  );
}
