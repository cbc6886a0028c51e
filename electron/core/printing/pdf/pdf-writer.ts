import PDFDocument from 'pdfkit';
import type { FontStyle, Measure, Page } from '../../../../shared/print/page-model';
import { fallbackChain, loadFont, type FontKey } from './fonts';
import { splitRuns, type TextRun } from './text-runs';

const coverage = new Map<FontKey, Map<number, boolean>>();

/** Whether a font has a glyph for a character, remembered: text is mostly the same few letters. */
function covers(key: FontKey, codePoint: number): boolean {
  let known = coverage.get(key);
  if (!known) coverage.set(key, (known = new Map()));
  let has = known.get(codePoint);
  if (has === undefined) {
    has = loadFont(key).font.hasGlyphForCodePoint(codePoint);
    known.set(codePoint, has);
  }
  return has;
}

function runsOf(text: string, style: FontStyle, bold: boolean): Array<TextRun<FontKey>> {
  return splitRuns(text, fallbackChain(style, bold), covers);
}

const widthCache = new Map<string, number>();

/** Advance width of a run at 1 pt, from the same font files pdfkit embeds. */
function unitWidth(run: TextRun<FontKey>): number {
  const key = `${run.font}\u0000${run.text}`;
  let w = widthCache.get(key);
  if (w === undefined) {
    const { font } = loadFont(run.font);
    w = font.layout(run.text).advanceWidth / font.unitsPerEm;
    if (widthCache.size > 20_000) widthCache.clear();
    widthCache.set(key, w);
  }
  return w;
}

/** Characters that no font of the chain can draw (they would print as empty boxes), each once. */
export function uncoveredCharacters(text: string, style: FontStyle = 'sans'): string[] {
  const chain = fallbackChain(style);
  const missing = new Set<string>();
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    if (!chain.some((key) => covers(key, cp))) missing.add(ch);
  }
  return [...missing];
}

/** The real text measure for layouts: the sum of the runs' widths in their fonts. */
export const measureText: Measure = (text, size, style, bold = false) => runsOf(text, style, bold).reduce((sum, run) => sum + unitWidth(run) * size, 0);

export interface PdfMeta {
  title: string;
}

/**
 * Draws laid-out pages into one PDF with the fonts embedded (subset). Each page may be
 * turned for the printer's envelope feed and shifted by the printer's saved offset.
 * pdfkit works synchronously underneath; its output is read straight from the stream's
 * buffer, so no event loop turn is needed (and a benchmark can time it directly).
 */
export function writePdfSync(pages: Page[], meta: PdfMeta): Buffer {
  const doc = new PDFDocument({ autoFirstPage: false, compress: true, info: { Title: meta.title, Creator: 'Afterword', Producer: 'Afterword' } });
  const registered = new Set<FontKey>();
  const use = (key: FontKey) => {
    if (!registered.has(key)) {
      doc.registerFont(key, loadFont(key).data);
      registered.add(key);
    }
    doc.font(key);
  };

  for (const page of pages) {
    const t = page.transform ?? { quarterTurns: 0, dx: 0, dy: 0 };
    const turned = t.quarterTurns % 2 === 1;
    doc.addPage({ size: turned ? [page.height, page.width] : [page.width, page.height], margin: 0 });
    doc.save().fillColor('black');
    if (t.dx || t.dy) doc.translate(t.dx, t.dy);
    // Quarter turns clockwise in PDF user space (y down): design (x, y) → media.
    if (t.quarterTurns === 1) doc.transform(0, 1, -1, 0, page.height, 0);
    else if (t.quarterTurns === 2) doc.transform(-1, 0, 0, -1, page.width, page.height);
    else if (t.quarterTurns === 3) doc.transform(0, -1, 1, 0, 0, page.width);
    for (const item of page.items) {
      switch (item.kind) {
        case 'text': {
          let x = item.x;
          const runs = runsOf(item.text, item.font, item.bold ?? false);
          runs.forEach((run, i) => {
            use(run.font);
            doc.fontSize(item.size).text(run.text, x, item.y, { lineBreak: false, baseline: 'alphabetic' });
            // Only a run followed by another needs its width (most lines are a single run).
            if (i < runs.length - 1) x += unitWidth(run) * item.size;
          });
          break;
        }
        case 'line':
          doc.save().lineWidth(item.width).strokeColor('#555555');
          if (item.dash) doc.dash(3, { space: 2 });
          doc.moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).stroke().undash().restore();
          break;
        case 'rect':
          doc.save().lineWidth(item.width).strokeColor('#555555');
          if (item.dash) doc.dash(3, { space: 2 });
          doc.rect(item.x, item.y, item.w, item.h).stroke().undash().restore();
          break;
        case 'image':
          doc.image(item.src, item.x, item.y, { fit: [item.w, item.h] });
          break;
      }
    }
    doc.restore();
  }
  return drain(doc);
}

/** Ends a pdfkit document and takes its bytes from the stream buffer, synchronously. */
export function drain(doc: PDFKit.PDFDocument): Buffer {
  doc.end();
  const chunks: Buffer[] = [];
  for (let chunk: Buffer | null = doc.read() as Buffer | null; chunk !== null; chunk = doc.read() as Buffer | null) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  if (!bytes.subarray(-8).toString('latin1').includes('%%EOF')) throw new Error('The PDF was not finished');
  return bytes;
}

export function writePdf(pages: Page[], meta: PdfMeta): Promise<Buffer> {
  try {
    return Promise.resolve(writePdfSync(pages, meta));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
