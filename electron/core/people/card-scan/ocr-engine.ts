import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import type { OcrPage } from '../../../../shared/card-scan/card-reading';
import { createOcrThread, workerScript, type LineReading } from './ocr-thread';

/**
 * Tesseract (WebAssembly) in a Node worker thread, so the main process — and through it
 * every window — stays responsive while a card is read. The thread (ocr-worker.cjs) is
 * started on the first card and kept warm: it reads the page in English, German and French
 * together (French first, see OCR_LANGUAGES), and a short line in each of LINE_LANGUAGES on
 * its own. Orientation detection needs the legacy engine's osd data and gets tesseract.js's
 * own worker (osd-worker.cjs), started only when a card reads badly the right way up.
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
 * (shared/card-scan/spelling-vote.ts). Between them they write the accented letters of
 * western European names, most of them in more than one model, so that no single model
 * decides a letter alone: French, German, Spanish, Norwegian (ø å æ), Dutch (the widest
 * western set) and Hungarian (ő ű). Chosen on the benchmark's 60 cards and checked on 120
 * cards the choice had not seen (names 98 % there).
 */
export const LINE_LANGUAGES = ['fra', 'deu', 'spa', 'nor', 'nld', 'hun'];

/** Tesseract's settings for cards: sparse text in blocks, read with an adaptive threshold (uneven light). */
export const CARD_PARAMETERS: Record<string, string> = {
  tessedit_pageseg_mode: PSM.SPARSE_TEXT,
  thresholding_method: '2',
  preserve_interword_spaces: '1',
  // Prepared cards are scaled to ~470 dpi; saying so stops tesseract guessing from the PNG's header.
  user_defined_dpi: '470',
};

export function createOcrEngine(parameters: Record<string, string> = CARD_PARAMETERS): OcrEngine {
  const thread = createOcrThread(workerScript('ocr-worker.cjs'), {
    page: OCR_LANGUAGES,
    lines: LINE_LANGUAGES,
    pageParameters: parameters,
    // A line on its own: one line of text, read with the page's threshold and resolution.
    lineParameters: { ...parameters, tessedit_pageseg_mode: PSM.SINGLE_LINE },
  });
  let osd: Promise<Worker> | null = null;

  return {
    recognize: async (image) => ({ width: image.width, height: image.height, lines: await thread.readPage(image.png) }),
    readLine: (png) => thread.readLine(png),
    orientation: (image) =>
      thread.serial(async () => {
        osd ??= createWorker('osd', OEM.TESSERACT_ONLY, {
          workerPath: workerScript('osd-worker.cjs'),
          langPath: 'afterword-languages',
          cacheMethod: 'none',
          gzip: true,
          legacyCore: true,
          legacyLang: true,
        });
        const starting = osd;
        // A worker that failed to start is tried afresh next time.
        const w = await starting.catch((error: unknown) => {
          if (osd === starting) osd = null;
          throw error;
        });
        const r = await w.detect(image);
        const degrees = r.data.orientation_degrees;
        const confidence = r.data.orientation_confidence ?? 0;
        return degrees === null || confidence < 2 ? null : degrees;
      }),
    async close() {
      const w = osd;
      osd = null;
      const settled = w ? await Promise.allSettled([w]) : [];
      await Promise.all([thread.close(), ...settled.map((s) => (s.status === 'fulfilled' ? s.value.terminate() : undefined))]);
    },
  };
}
