import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OcrWord } from '../../../../shared/card-scan/card-reading';

/** One language's reading of a line, with the letters that language's model can write at all. */
export interface LineReading {
  language: string;
  charset: ReadonlySet<string>;
  words: OcrWord[];
}

interface Reply {
  id: number;
  error?: string;
  charsets?: Record<string, string[]>;
  readings?: Array<{ language: string; words: OcrWord[] }>;
}

/** The worker script, beside the OCR worker in source and in the build (out/main); unpacked from the asar archive. */
export function lineReaderWorkerPath(ocrWorker: string): string {
  return path.join(path.dirname(ocrWorker), 'line-reader-worker.cjs');
}

/**
 * A short line read by each language's model on its own (line-reader-worker.cjs), started
 * on the first line and kept warm. One request at a time; the caller serialises with the
 * page reader so the two engines never compete for the same core.
 */
export function createLineReader(workerFile: string, languages: readonly string[], parameters: Record<string, string>) {
  let worker: Worker | null = null;
  let started: Promise<Record<string, ReadonlySet<string>>> | null = null;
  let next = 1;
  const waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();

  const ask = (message: Record<string, unknown>, transfer: ArrayBuffer[] = []) =>
    new Promise<Reply>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker!.postMessage({ id, ...message }, transfer);
    }).then((r) => {
      if (r.error) throw new Error(r.error);
      return r;
    });

  const start = () =>
    (started ??= (async () => {
      worker = new Worker(workerFile);
      worker.on('message', (r: Reply) => {
        waiting.get(r.id)?.resolve(r);
        waiting.delete(r.id);
      });
      worker.on('error', (e) => {
        for (const w of waiting.values()) w.reject(e);
        waiting.clear();
        started = null;
      });
      const reply = await ask({ type: 'start', languages, parameters });
      return Object.fromEntries(Object.entries(reply.charsets ?? {}).map(([code, chars]) => [code, new Set(chars)]));
    })());

  return {
    async read(png: Buffer): Promise<LineReading[]> {
      const charsets = await start();
      const copy = new Uint8Array(png);
      const reply = await ask({ type: 'read', png: copy }, [copy.buffer]);
      return (reply.readings ?? []).map((r) => ({ language: r.language, charset: charsets[r.language] ?? new Set<string>(), words: r.words }));
    },
    async close(): Promise<void> {
      const w = worker;
      worker = null;
      started = null;
      if (w) await w.terminate();
    },
  };
}

export type LineReader = ReturnType<typeof createLineReader>;
