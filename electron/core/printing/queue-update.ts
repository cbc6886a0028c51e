import type { ParsedInputOf } from '../../../shared/api/contract';
import type { PrintQueueItem, QueueItemData } from '../../../shared/api/printing/schemas';
import { labelSheet } from '../../../shared/print/label-sheet';
import { InvalidInputError } from '../core-errors';
import type { Repositories } from '../repositories';
import { printedText, refuseEmptyCardOnSwitch } from './card-draft';
import type { QueueItems } from './queue-items';

/** A queued item's own choices: where labels start on the sheet and which sheet, the envelope size, letter or card. */
export function updateQueueItem(
  repos: Pick<Repositories, 'printQueue' | 'settings'>,
  items: QueueItems,
  { id, startAt, envelope, sheet, format }: ParsedInputOf<'printQueue.update'>,
): PrintQueueItem {
  const { data } = repos.printQueue.get(id);
  let next: QueueItemData;
  if (data.kind === 'labels') {
    next = { ...data, ...(startAt !== undefined ? { startAt } : {}), ...(sheet !== undefined ? { sheet } : {}) };
    const s = repos.settings.get();
    const onSheet = labelSheet(next.sheet ?? s.labelSheet, s.customLabelSheet);
    const perSheet = onSheet.columns * onSheet.rows;
    if (next.startAt > perSheet) {
      throw new InvalidInputError(
        startAt !== undefined ? 'startAt' : 'sheet',
        `Start at label must be between 1 and ${perSheet}: a sheet of ${onSheet.name} has ${perSheet} labels.`,
      );
    }
  } else if (data.kind === 'envelope') next = { ...data, ...(envelope !== undefined ? { envelope } : {}) };
  else {
    next = { ...data, ...(format !== undefined ? { format } : {}) };
    if (format !== undefined) refuseEmptyCardOnSwitch(printedText(next, items.noteNow(next.noteId)));
  }
  return repos.printQueue.update(id, next);
}
