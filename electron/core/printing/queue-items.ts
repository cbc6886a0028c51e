import type { Note } from '../../../shared/api/notes/schemas';
import type { Person } from '../../../shared/api/people/schemas';
import type { PrintQueueItem, QueueItemData, QueueRecipient } from '../../../shared/api/printing/schemas';
import { NotFoundError } from '../core-errors';
import type { Repositories } from '../repositories';
import { printedText } from './card-draft';

export function snapshotOf(person: Person): QueueRecipient {
  return { personId: person.id, fullName: person.fullName, title: person.title, company: person.company, address: person.address };
}

/** One queue item with what it prints as of now: read once, then shown, checked and printed. */
export interface ItemNow {
  item: PrintQueueItem;
  data: QueueItemData;
}

export type QueueItems = ReturnType<typeof queueItems>;

/**
 * Queue items as they print now: each recipient as they are on record (so a corrected
 * address is the one printed), each note's words as they read now; what was queued stands
 * for a person or note that is gone.
 */
export function queueItems(repos: Pick<Repositories, 'printQueue' | 'people' | 'notes'>) {
  const { printQueue: queue, people, notes } = repos;

  function orNull<T>(read: () => T): T | null {
    try {
      return read();
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  function recipientNow(r: QueueRecipient): QueueRecipient {
    const person = r.personId ? orNull(() => people.get(r.personId!)) : null;
    return person ? snapshotOf(person) : r;
  }

  const noteNow = (noteId: string | null): Note | null => (noteId ? orNull(() => notes.get(noteId)) : null);

  function dataNow(data: QueueItemData): QueueItemData {
    if (data.kind === 'labels') return { ...data, recipients: data.recipients.map(recipientNow) };
    if (data.kind === 'letter') return { ...printedText(data, noteNow(data.noteId)), recipient: recipientNow(data.recipient) };
    return { ...data, recipient: recipientNow(data.recipient) };
  }

  return {
    dataNow,
    noteNow,
    /** What the queue page shows: queued items as they will print, the rest as they were. */
    list: (): PrintQueueItem[] => queue.list().map((item) => (item.status === 'queued' ? { ...item, data: dataNow(item.data) } : item)),
    /** The chosen items in queue order, or every queued one; each read once. */
    select(ids: string[] | undefined): ItemNow[] {
      const all = queue.list();
      let items: PrintQueueItem[];
      if (!ids) items = all.filter((i) => i.status === 'queued');
      else {
        const byId = new Map(all.map((i) => [i.id, i]));
        items = ids.map((id) => {
          const item = byId.get(id);
          if (!item) throw new NotFoundError('That print queue item');
          return item;
        });
      }
      return items.map((item) => ({ item, data: dataNow(item.data) }));
    },
  };
}
