import fs from 'node:fs';
import path from 'node:path';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import type { OcrLine, OcrPage } from '../../../../shared/card-scan/card-reading';
import { createLineReader, lineReaderWorkerPath, type LineReading } from './line-reader';

/**
 * Tesseract (compiled to WebAssembly by tesseract.js) in a Node worker thread, so the main
 * process — and through it every window — stays responsive while a card is read. The
 * worker is started on the first card and kept warm; English, German and French are read
 * together (French first, see OCR_LANGUAGES), and orientation detection (the legacy engine's osd data) gets its own worker,
 * started only when a card reads badly the right way up.
 */
export interface OcrEngine {
  recognize(image: { png: Buffer; width: number; height: number }): Promise<OcrPage>;
  /** One short line (a PNG of just that line) read by each of LINE_LANGUAGES on its own. */
  readLine(png: Buffer): Promise<LineReading[]>;
  /** Degrees the image must be turned clockwise to stand upright, or null when unsure. */
  orientation(image: Buffer): Promise<number | null>;
  close(): Promise<void>;
}

/**
 * French first: the first language is the one each word is read in unless another reads it
 * better, and the French model keeps the accents of European names (Agnès, Benoît, Zoë) that
 * the English one drops while it reads English words as well. On the generated phone photos:
 * names exact 45 % with English first, 65 % with French first, nothing else lower.
 */
export const OCR_LANGUAGES = ['fra', 'deu', 'eng'];

/**
 * The languages a card's name is read in again, each on its own, to settle its accents
 * (shared/card-scan/spelling-vote.ts): between them they write the letters of the names
 * of western and central Europe, most of them in more than one model, so that no single
 * model decides a letter alone. Chosen on the benchmark's corpus with a second, held-out
 * corpus to check the choice (see the note).
 */
export const LINE_LANGUAGES = ['fra', 'deu', 'spa', 'nor', 'nld', 'hun'];

/** The worker script, next to this module in source and in the build (out/main); unpacked from the asar archive. */
export function ocrWorkerPath(): string {
  const here = path.join(__dirname, 'ocr-worker.cjs');
  const file = fs.existsSync(here) ? here : path.join(__dirname, 'card-scan', 'ocr-worker.cjs');
  return file.replace(/app\.asar([\\/])/u, 'app.asar.unpacked$1');
}

const options = () => ({ workerPath: ocrWorkerPath(), langPath: 'afterword-languages', cacheMethod: 'none', gzip: true });

interface TesseractLine {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
  words: Array<{ text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number } }>;
}

function linesOf(blocks: Array<{ paragraphs: Array<{ lines: TesseractLine[] }> }> | null): OcrLine[] {
  return (blocks ?? []).flatMap((b) =>
    b.paragraphs.flatMap((p) =>
      p.lines.map((l) => ({
        text: l.text.trim(),
        confidence: l.confidence,
        box: l.bbox,
        words: l.words.map((w) => ({ text: w.text, confidence: w.confidence, box: w.bbox })),
      })),
    ),
  );
}

/** Tesseract's settings for cards: sparse text in blocks, read with an adaptive threshold (uneven light). */
export const CARD_PARAMETERS: Record<string, string> = {
  tessedit_pageseg_mode: PSM.SPARSE_TEXT,
  thresholding_method: '2',
  preserve_interword_spaces: '1',
  // Prepared cards are scaled to ~470 dpi; saying so stops tesseract guessing from the PNG's header.
  user_defined_dpi: '470',
};

/** A line on its own: one line of text, read with the page's threshold and resolution. */
export const LINE_PARAMETERS: Record<string, string> = { ...CARD_PARAMETERS, tessedit_pageseg_mode: PSM.SINGLE_LINE };

export function createOcrEngine(parameters: Record<string, string> = CARD_PARAMETERS): OcrEngine {
  const lineReader = createLineReader(lineReaderWorkerPath(ocrWorkerPath()), LINE_LANGUAGES, LINE_PARAMETERS);
  let reader: Promise<Worker> | null = null;
  let osd: Promise<Worker> | null = null;
  // One card at a time: the engine is one thread, and the machine may have only two cores.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  const startReader = () =>
    (reader ??= createWorker(OCR_LANGUAGES, OEM.LSTM_ONLY, options()).then(async (w) => {
      await w.setParameters(parameters);
      return w;
    }));

  return {
    recognize: (image) =>
      serial(async () => {
        const w = await startReader();
        const result = await w.recognize(image.png, {}, { blocks: true, text: false });
        return { width: image.width, height: image.height, lines: linesOf(result.data.blocks as never) };
      }),
    readLine: (png) => serial(() => lineReader.read(png)),
    orientation: (image) =>
      serial(async () => {
        osd ??= createWorker('osd', OEM.TESSERACT_ONLY, { ...options(), legacyCore: true, legacyLang: true });
        const w = await osd;
        const r = await w.detect(image);
        const degrees = r.data.orientation_degrees;
        const confidence = r.data.orientation_confidence ?? 0;
        return degrees === null || confidence < 2 ? null : degrees;
      }),
    async close() {
      const workers = await Promise.allSettled([reader, osd].filter((w): w is Promise<Worker> => w !== null));
      reader = null;
      osd = null;
      await Promise.all([lineReader.close(), ...workers.map((w) => (w.status === 'fulfilled' ? w.value.terminate() : undefined))]);
    },
  };
}
