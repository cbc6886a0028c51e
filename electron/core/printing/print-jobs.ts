import type { PrintOutcome, PrintQueueItem } from '../../../shared/api/printing/schemas';
import type { Logger } from '../logger';
import type { Media } from './print-system/media';
import { PrintError, PrintServiceDownError, type JobStatus, type PrintSystem } from './print-system/print-system';
import { jobTitle, withSpoolFile } from './print-system/spool-file';
import type { PrintQueueRepository } from '../repositories/print-queue-repository';

export interface PrintJobsDeps {
  queue: PrintQueueRepository;
  printSystem: PrintSystem;
  logger: Logger;
  /** Told when a letter written in the note studio is on paper. */
  onPrinted(item: PrintQueueItem): void;
  /** How long a batch waits for its jobs to finish before answering with the rest still printing. */
  settleMs?: number;
  /** How often jobs still printing are looked at, while there are any. */
  pollMs?: number;
}

/** One item ready to send: its PDF and the paper it goes on. */
export interface Rendered {
  bytes: Uint8Array;
  media: Media;
}

const empty = (): PrintOutcome => ({ printed: [], printing: [], failed: [], notSent: [], problem: null });

function why(item: PrintQueueItem, status: JobStatus): string {
  const detail = status.detail ? ` (${status.detail})` : '';
  if (status.state === 'canceled') return `"${item.title}" was cancelled at the print service before it printed${detail}. It is back in the queue.`;
  if (status.state === 'aborted') return `The print service could not print "${item.title}"${detail}. It is back in the queue.`;
  return `The print service has no record of "${item.title}", so it did not print. It is back in the queue.`;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Sending queue items to a printer and following each job until the print service says it
 * is done: an item is marked printed only then. A job that is cancelled, fails or vanishes,
 * or whose print service stops, puts its item back in the queue with the reason.
 */
export function createPrintJobs(deps: PrintJobsDeps) {
  const { queue, printSystem, logger } = deps;
  const settleMs = deps.settleMs ?? 4_000;
  const pollMs = deps.pollMs ?? 1_000;
  let inFlight: Promise<PrintOutcome> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;

  async function lookOnce(): Promise<PrintOutcome> {
    const outcome = empty();
    const printing = queue.listPrinting();
    if (printing.length === 0) return outcome;
    let states: Map<string, JobStatus>;
    try {
      states = await printSystem.jobStatus(printing.map((i) => i.job!.id));
    } catch (error) {
      if (!(error instanceof PrintServiceDownError)) {
        // Asking failed for another reason: the jobs are still wherever they were; ask again later.
        logger.warn(`print: could not look at ${printing.length} job(s): ${error instanceof Error ? error.message : String(error)}`);
        outcome.printing = printing.map((i) => i.id);
        return outcome;
      }
      for (const item of printing) {
        const message = `The print service stopped before "${item.title}" printed. It is back in the queue.`;
        queue.requeue(item.id, message, 'gone', null);
        outcome.failed.push({ id: item.id, message });
      }
      logger.warn(`print: the print service stopped; back in the queue: ${printing.map((i) => `${i.kind} ${i.id} (job ${i.job!.id})`).join(', ')}`);
      outcome.problem = error.message;
      return outcome;
    }
    for (const item of printing) {
      const status = states.get(item.job!.id) ?? { state: 'gone', detail: null };
      if (status.state === 'completed') {
        queue.markPrinted(item.id);
        deps.onPrinted(item);
        outcome.printed.push(item.id);
        logger.info(`print: job ${item.job!.id} (${item.kind} ${item.id}) printed`);
      } else if (status.state === 'canceled' || status.state === 'aborted' || status.state === 'gone') {
        const message = why(item, status);
        queue.requeue(item.id, message, status.state, status.detail);
        outcome.failed.push({ id: item.id, message });
        logger.warn(`print: job ${item.job!.id} (${item.kind} ${item.id}) ${status.state}; back in the queue`);
      } else {
        if (status.state !== item.job!.state || status.detail !== item.job!.detail) queue.noteJobState(item.id, status.state, status.detail);
        outcome.printing.push(item.id);
      }
    }
    return outcome;
  }

  /** One look at every job still printing; concurrent callers share the same look. */
  function check(): Promise<PrintOutcome> {
    inFlight ??= lookOnce().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  /** Keeps looking while anything is printing, so items become printed with no one on the page. */
  function watch(): void {
    if (timer || closed) return;
    timer = setTimeout(() => {
      timer = null;
      void check()
        .catch((error: unknown) => logger.error('print: following jobs failed', error))
        .then(() => {
          if (queue.listPrinting().length > 0) watch();
        });
    }, pollMs);
    timer.unref?.();
  }

  async function send(items: PrintQueueItem[], printer: string, render: (item: PrintQueueItem) => Promise<Rendered>): Promise<PrintOutcome> {
    const outcome = empty();
    const down = await printSystem.serviceProblem();
    if (down) {
      logger.warn(`print: not sent, the print service is not running: ${items.length} item(s) stay queued`);
      return { ...outcome, notSent: items.map((i) => i.id), problem: down };
    }
    const sent: string[] = [];
    for (const [index, item] of items.entries()) {
      try {
        const { bytes, media } = await render(item);
        const { jobId } = await withSpoolFile(bytes, item.title, item.id, (file) => printSystem.print({ file, printer, media, title: jobTitle(item.title) }));
        queue.markPrinting(item.id, printer, jobId);
        sent.push(item.id);
        logger.info(`print: ${item.kind} ${item.id} sent to ${printer} as job ${jobId}`);
      } catch (error) {
        if (error instanceof PrintServiceDownError) {
          outcome.notSent = items.slice(index).map((i) => i.id);
          outcome.problem = `The print service (CUPS) stopped while printing: ${sent.length} of ${items.length} items were sent, the other ${outcome.notSent.length} are still in the queue. Start it (on most Linux systems: sudo systemctl start cups) and press Print again.`;
          logger.warn(`print: the print service stopped; sent ${sent.join(', ') || 'nothing'}; not sent ${outcome.notSent.join(', ')}`);
          break;
        }
        const message =
          error instanceof PrintError ? error.message : `Printing "${item.title}" failed: ${error instanceof Error ? error.message : String(error)}`;
        queue.markFailed(item.id, message);
        outcome.failed.push({ id: item.id, message });
      }
    }
    // Most jobs finish within moments; wait for them so a small batch can answer "printed".
    const started = Date.now();
    let look = await check();
    while (look.printing.length > 0 && Date.now() - started < settleMs && !look.problem) {
      await sleep(Math.min(250, pollMs));
      const next = await check();
      look = { ...next, printed: [...look.printed, ...next.printed], failed: [...look.failed, ...next.failed] };
    }
    const ours = new Set(sent);
    outcome.printed = look.printed.filter((id) => ours.has(id));
    outcome.printing = look.printing.filter((id) => ours.has(id));
    outcome.failed.push(...look.failed.filter((f) => ours.has(f.id)));
    outcome.problem ??= look.problem;
    if (queue.listPrinting().length > 0) watch();
    return outcome;
  }

  return {
    send,
    check,
    /** Picks up jobs sent before the app last closed. */
    resume(): void {
      if (queue.listPrinting().length > 0) watch();
    },
    close(): void {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

export type PrintJobs = ReturnType<typeof createPrintJobs>;
