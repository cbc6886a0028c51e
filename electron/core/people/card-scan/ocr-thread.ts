import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OcrLine, OcrWord } from '../../../../shared/card-scan/card-reading';

/** One language's reading of a line, with the letters that language's model can write at all. */
export interface LineReading {
  language: string;
  charset: ReadonlySet<string>;
  words: OcrWord[];
}

export interface OcrThreadOptions {
  /** Read together, for the page. */
  page: readonly string[];
  /** Each on its own, for a line. */
  lines: readonly string[];
  pageParameters: Record<string, string>;
  lineParameters: Record<string, string>;
}

interface Reply {
  id: number;
  error?: string;
  charsets?: Record<string, string[]>;
  lines?: OcrLine[];
  readings?: Array<{ language: string; words: OcrWord[] }>;
}

/** A worker script of the card scan, next to this module in source and in the build (out/main); unpacked from the asar archive. */
export function workerScript(name: 'ocr-worker.cjs' | 'osd-worker.cjs'): string {
  const here = path.join(__dirname, name);
  const file = fs.existsSync(here) ? here : path.join(__dirname, 'card-scan', name);
  return file.replace(/app\.asar([\\/])/u, 'app.asar.unpacked$1');
}

/**
 * The OCR thread (ocr-worker.cjs), started on the first request and kept warm. Requests
 * wait for each other: the engine is one thread, and the machine may have only two cores.
 */
export function createOcrThread(workerFile: string, options: OcrThreadOptions) {
  interface Started {
    ask(message: Record<string, unknown>, transfer?: ArrayBuffer[]): Promise<Reply>;
    charsets: Record<string, ReadonlySet<string>>;
    worker: Worker;
  }
  let started: Promise<Started> | null = null;
  let closed = false;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  /** A thread with its own requests in waiting: one that dies fails only its own, and the next request starts a new one. */
  const start = (): Promise<Started> => {
    if (closed) return Promise.reject(new Error('The OCR engine is closed'));
    const attempt: Promise<Started> = (async () => {
      const worker = new Worker(workerFile);
      const waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
      let next = 1;
      let gone: Error | null = null;
      const fail = (e: Error) => {
        gone ??= e;
        for (const p of waiting.values()) p.reject(gone);
        waiting.clear();
        if (started === attempt) started = null;
      };
      worker.on('message', (r: Reply) => {
        waiting.get(r.id)?.resolve(r);
        waiting.delete(r.id);
      });
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`The OCR thread stopped (exit code ${code})`)));
      const ask = (message: Record<string, unknown>, transfer: ArrayBuffer[] = []) =>
        new Promise<Reply>((resolve, reject) => {
          if (gone) return reject(gone);
          const id = next++;
          waiting.set(id, { resolve, reject });
          worker.postMessage({ id, ...message }, transfer);
        }).then((r) => {
          if (r.error) throw new Error(r.error);
          return r;
        });
      try {
        const reply = await ask({ type: 'start', ...options });
        const charsets = Object.fromEntries(Object.entries(reply.charsets ?? {}).map(([code, chars]) => [code, new Set(chars)]));
        return { ask, charsets, worker };
      } catch (error) {
        // A thread that cannot load its languages is of no use; the next request tries afresh.
        await worker.terminate();
        throw error;
      }
    })();
    started = attempt;
    attempt.catch(() => {
      if (started === attempt) started = null;
    });
    return attempt;
  };

  const send = async (type: 'page' | 'line', png: Buffer) => {
    const thread = await (started ?? start());
    const copy = new Uint8Array(png);
    return { charsets: thread.charsets, reply: await thread.ask({ type, png: copy }, [copy.buffer]) };
  };

  return {
    readPage: (png: Buffer): Promise<OcrLine[]> => serial(async () => (await send('page', png)).reply.lines ?? []),
    readLine: (png: Buffer): Promise<LineReading[]> =>
      serial(async () => {
        const { charsets, reply } = await send('line', png);
        return (reply.readings ?? []).map((r) => ({ language: r.language, charset: charsets[r.language] ?? new Set<string>(), words: r.words }));
      }),
    /** Runs a job in turn with the thread's requests, so nothing else reads while it does. */
    serial,
    /** Stops the thread; requests still waiting, and any made later, fail. */
    async close(): Promise<void> {
      closed = true;
      const current = started;
      started = null;
      const thread = await current?.catch(() => null);
      if (thread) await thread.worker.terminate();
    },
  };
}

export type OcrThread = ReturnType<typeof createOcrThread>;
