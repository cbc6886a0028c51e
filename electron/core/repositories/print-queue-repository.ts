import { randomUUID } from 'node:crypto';
import { jobState, queueItemData, type PrintJob, type PrintQueueItem, type QueueItemData } from '../../../shared/api/printing/schemas';
import { itemTitle } from '../../../shared/print/queue-pages';
import type { Clock } from '../clock';
import { NotFoundError } from '../core-errors';
import type { Db } from '../db/open-database';

interface QueueRow {
  id: string;
  kind: PrintQueueItem['kind'];
  position: number;
  json: string;
  status: PrintQueueItem['status'];
  last_error: string | null;
  printed_at: string | null;
  job_printer: string | null;
  job_id: string | null;
  job_sent_at: string | null;
  job_state: string | null;
  job_detail: string | null;
}

function jobOf(row: QueueRow): PrintJob | null {
  if (!row.job_id || !row.job_printer || !row.job_sent_at) return null;
  return { printer: row.job_printer, id: row.job_id, sentAt: row.job_sent_at, state: jobState.catch('pending').parse(row.job_state), detail: row.job_detail };
}

function toItem(row: QueueRow): PrintQueueItem {
  const data = queueItemData.parse(JSON.parse(row.json));
  return {
    id: row.id,
    kind: row.kind,
    title: itemTitle(data),
    status: row.status,
    lastError: row.last_error,
    printedAt: row.printed_at,
    job: jobOf(row),
    data,
  };
}

export type PrintQueueRepository = ReturnType<typeof createPrintQueueRepository>;

export function createPrintQueueRepository(db: Db, clock: Clock) {
  const all = db.prepare<[], QueueRow>('SELECT * FROM print_queue ORDER BY position, created_at');
  const one = db.prepare<[string], QueueRow>('SELECT * FROM print_queue WHERE id = ?');
  const last = db.prepare<[], { p: number | null }>('SELECT max(position) AS p FROM print_queue');
  const insert = db.prepare(`INSERT INTO print_queue (id, kind, position, json, created_at, updated_at) VALUES (@id, @kind, @position, @json, @now, @now)`);
  const setData = db.prepare('UPDATE print_queue SET json = @json, updated_at = @now WHERE id = @id');
  const setPosition = db.prepare('UPDATE print_queue SET position = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM print_queue WHERE id = ?');
  const printing = db.prepare<[], QueueRow>("SELECT * FROM print_queue WHERE status = 'printing' ORDER BY position, created_at");
  const sent = db.prepare(
    `UPDATE print_queue SET status = 'printing', last_error = NULL, job_printer = @printer, job_id = @jobId, job_sent_at = @now,
       job_state = 'pending', job_detail = NULL, updated_at = @now WHERE id = @id`,
  );
  const jobSeen = db.prepare('UPDATE print_queue SET job_state = @state, job_detail = @detail, updated_at = @now WHERE id = @id');
  const printed = db.prepare(
    "UPDATE print_queue SET status = 'printed', printed_at = @now, last_error = NULL, job_state = 'completed', updated_at = @now WHERE id = @id",
  );
  const failed = db.prepare('UPDATE print_queue SET last_error = @message, updated_at = @now WHERE id = @id');
  const requeued = db.prepare(
    "UPDATE print_queue SET status = 'queued', last_error = @message, job_state = @state, job_detail = @detail, updated_at = @now WHERE id = @id",
  );

  function get(id: string): PrintQueueItem {
    const row = one.get(id);
    if (!row) throw new NotFoundError('That print queue item');
    return toItem(row);
  }

  const now = () => clock.now().toISOString();

  return {
    list: (): PrintQueueItem[] => all.all().map(toItem),
    get,
    add: db.transaction((items: QueueItemData[]): PrintQueueItem[] => {
      let position = (last.get()?.p ?? 0) + 1;
      const ids = items.map((data) => {
        const id = randomUUID();
        insert.run({ id, kind: data.kind, position: position++, json: JSON.stringify(queueItemData.parse(data)), now: now() });
        return id;
      });
      return ids.map(get);
    }),
    update(id: string, data: QueueItemData): PrintQueueItem {
      get(id);
      setData.run({ id, json: JSON.stringify(queueItemData.parse(data)), now: now() });
      return get(id);
    },
    /** Moves one item to a place in the list; the others keep their order. */
    move: db.transaction((id: string, toIndex: number): PrintQueueItem[] => {
      const ids = all.all().map((r) => r.id);
      const from = ids.indexOf(id);
      if (from < 0) throw new NotFoundError('That print queue item');
      ids.splice(from, 1);
      ids.splice(Math.min(toIndex, ids.length), 0, id);
      ids.forEach((itemId, i) => setPosition.run(i + 1, itemId));
      return all.all().map(toItem);
    }),
    remove(id: string): void {
      if (remove.run(id).changes === 0) throw new NotFoundError('That print queue item');
    },
    /** Items sent to a printer whose jobs are not yet finished, in queue order. */
    listPrinting: (): PrintQueueItem[] => printing.all().map(toItem),
    /** Sent to the print service as this job; not printed until the job is done. */
    markPrinting(id: string, printer: string, jobId: string): void {
      sent.run({ id, printer, jobId, now: now() });
    },
    /** What the print service last said about a job still going. */
    noteJobState(id: string, state: PrintJob['state'], detail: string | null): void {
      jobSeen.run({ id, state, detail, now: now() });
    },
    markPrinted(id: string): void {
      printed.run({ id, now: now() });
    },
    /** Not sent: the print system refused it. */
    markFailed(id: string, message: string): void {
      failed.run({ id, message, now: now() });
    },
    /** Sent, but the job did not print (cancelled, failed, lost): back to waiting, with why. */
    requeue(id: string, message: string, state: PrintJob['state'], detail: string | null): void {
      requeued.run({ id, message, state, detail, now: now() });
    },
  };
}

export type PrinterOffsetRepository = ReturnType<typeof createPrinterOffsetRepository>;

/** Offsets measured on a calibration print, remembered per printer. */
export function createPrinterOffsetRepository(db: Db, clock: Clock) {
  const one = db.prepare<[string], { x_mm: number; y_mm: number }>('SELECT x_mm, y_mm FROM printer_offsets WHERE printer = ?');
  const upsert = db.prepare(
    `INSERT INTO printer_offsets (printer, x_mm, y_mm, updated_at) VALUES (@printer, @x, @y, @now)
     ON CONFLICT (printer) DO UPDATE SET x_mm = excluded.x_mm, y_mm = excluded.y_mm, updated_at = excluded.updated_at`,
  );
  return {
    get(printer: string): { xMm: number; yMm: number } {
      const row = one.get(printer);
      return row ? { xMm: row.x_mm, yMm: row.y_mm } : { xMm: 0, yMm: 0 };
    },
    set(printer: string, xMm: number, yMm: number): void {
      upsert.run({ printer, x: xMm, y: yMm, now: clock.now().toISOString() });
    },
  };
}
