import type * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import type { FontStyle, Measure, Page, TextItem } from '../../../../shared/print/page-model';
import { fallbackChain, FONT_FILES, loadFont, type FontKey } from './fonts';
import { rightToLeftFont } from './right-to-left-font';
import { splitRuns } from './text-runs';
import { thaiFont } from './thai-font';
import { visualRuns } from './visual-runs';

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

const isRtlFont = (key: FontKey): boolean => FONT_FILES[key].rtl === true;

const shapers = new Map<FontKey, fontkit.Font>();

/**
 * The font as pdfkit and the measure lay text out with: the parsed font itself, shared by
 * every document (pdfkit takes a fontkit font as well as bytes, though its types list
 * only bytes), laid out right to left for a right-to-left script, and Thai put in the
 * order its shaping expects.
 */
function shapingFont(key: FontKey): fontkit.Font {
  let font = shapers.get(key);
  if (!font) {
    const parsed = loadFont(key).font;
    font = isRtlFont(key) ? rightToLeftFont(parsed) : key === 'thai' ? thaiFont(parsed) : parsed;
    shapers.set(key, font);
  }
  return font;
}

const widthCache = new Map<string, number>();

/** Advance width of a run at 1 pt, shaped as pdfkit shapes it from the same font files. */
function unitWidth(key: FontKey, text: string): number {
  const id = `${key}\u0000${text}`;
  let w = widthCache.get(id);
  if (w === undefined) {
    const font = shapingFont(key);
    w = font.layout(text).advanceWidth / font.unitsPerEm;
    if (widthCache.size > 20_000) widthCache.clear();
    widthCache.set(id, w);
  }
  return w;
}

/**
 * Characters that no font of the chain can draw (they would print as empty boxes), each
 * once. Spaces and invisible characters (direction marks, joiners) draw nothing anyway.
 */
export function uncoveredCharacters(text: string, style: FontStyle = 'sans'): string[] {
  const chain = fallbackChain(style);
  const missing = new Set<string>();
  for (const ch of text) {
    if (/[\s\p{Default_Ignorable_Code_Point}]/u.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    if (!chain.some((key) => covers(key, cp))) missing.add(ch);
  }
  return [...missing];
}

/**
 * The real text measure for layouts: the sum of the runs' widths in their fonts. The
 * order runs are drawn in (right to left or not) does not change the sum.
 */
export const measureText: Measure = (text, size, style) =>
  splitRuns(text, fallbackChain(style), covers).reduce((sum, run) => sum + unitWidth(run.font, run.text) * size, 0);

type TextOptions = PDFKit.Mixins.TextOptions & { textWidth?: number };

const PLAIN: TextOptions = { lineBreak: false, baseline: 'alphabetic' };

/**
 * Scripts whose glyphs do not stand one by one, in order, for the characters: Indic
 * scripts (Devanagari to Sinhala) draw a vowel sign before its consonant and a reph after
 * the cluster, Thai splits sara am in two. Read glyph by glyph they would not come back
 * as written.
 */
const COMPLEX = /[\u0900-\u0dff\u0e00-\u0e7f]/u;

/**
 * Poppler places an ActualText span where its glyphs were, but with the graphics state in
 * force at its end — and pdfkit draws each text inside save/restore, flipped upright, so
 * by then neither the flip nor the font is in force. So the span ends under the same
 * transformation and font, set again (an empty string shown makes the font current).
 */
function endActualText(doc: PDFKit.PDFDocument, size: number): void {
  const font = (doc as unknown as { _font: { id: string } })._font.id;
  doc.save().transform(1, 0, 0, -1, 0, doc.page.height);
  doc.addContent(`BT /${font} ${size} Tf () Tj ET`);
  doc.endMarkedContent();
  doc.restore();
}

/**
 * One line: its runs in visual order, left to right from the item's x. A run in a
 * right-to-left font is laid out whole (pdfkit would otherwise lay out word by word and
 * keep the words in reading order). A run whose glyphs shaping reorders carries its
 * text, word by word (ActualText), so the PDF reads back as it was written.
 */
function drawText(doc: PDFKit.PDFDocument, item: TextItem, use: (key: FontKey) => void): void {
  const runs = visualRuns(item.text, fallbackChain(item.font, item.lang), covers, isRtlFont);
  let x = item.x;
  runs.forEach((run, i) => {
    use(run.font);
    doc.fontSize(item.size);
    if (COMPLEX.test(run.text)) {
      // Word by word, the spaces left as gaps: a span's text is one word to a reader.
      for (const piece of run.text.match(/[^ ]+| +/gu) ?? []) {
        if (!piece.startsWith(' ')) {
          doc.markContent('Span', { actual: piece });
          doc.text(piece, x, item.y, PLAIN);
          endActualText(doc, item.size);
        }
        x += unitWidth(run.font, piece) * item.size;
      }
      return;
    }
    // Only a run followed by another, or one laid out whole, needs its width (most lines are a single run).
    const width = run.rtl || i < runs.length - 1 ? unitWidth(run.font, run.text) * item.size : 0;
    doc.text(run.text, x, item.y, run.rtl ? { ...PLAIN, features: [], textWidth: width } : PLAIN);
    x += width;
  });
}

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
      doc.registerFont(key, shapingFont(key) as unknown as Buffer);
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
        case 'text':
          drawText(doc, item, use);
          break;
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
