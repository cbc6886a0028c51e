import { inch, mm, type HanLanguage, type Measure, type Page, type TextItem } from './page-model';
import { blockStarts } from './text-direction';
import { wrapText } from './text-wrap';

export const envelopeSizeIds = ['no10', 'dl', 'c5', 'c6', 'a2', 'a7', 'custom'] as const;
export type EnvelopeSizeId = (typeof envelopeSizeIds)[number];

/** An envelope size of the user's own, in millimetres. */
export interface CustomEnvelope {
  widthMm: number;
  heightMm: number;
}

/**
 * How the printer takes envelopes: 'landscape' pages are the envelope as seen; 'portrait'
 * turns the design a quarter turn, the way many printers feed envelopes short edge first.
 * rotate180 is for printers that feed the flap end first.
 */
export interface EnvelopeFeed {
  orientation: 'landscape' | 'portrait';
  rotate180: boolean;
}

/** Envelope sizes as seen with the flap at the top (landscape), in points. */
export const ENVELOPE_SIZES: Record<Exclude<EnvelopeSizeId, 'custom'>, { label: string; width: number; height: number }> = {
  no10: { label: '#10 (4⅛ × 9½ in)', width: inch(9.5), height: inch(4.125) },
  dl: { label: 'DL (110 × 220 mm)', width: mm(220), height: mm(110) },
  c5: { label: 'C5 (162 × 229 mm)', width: mm(229), height: mm(162) },
  c6: { label: 'C6 (114 × 162 mm)', width: mm(162), height: mm(114) },
  a2: { label: 'A2 (4⅜ × 5¾ in)', width: inch(5.75), height: inch(4.375) },
  a7: { label: 'A7 (5¼ × 7¼ in)', width: inch(7.25), height: inch(5.25) },
};

export function envelopeSize(id: EnvelopeSizeId, custom: CustomEnvelope): { width: number; height: number } {
  if (id === 'custom') {
    const a = mm(custom.widthMm);
    const b = mm(custom.heightMm);
    return { width: Math.max(a, b), height: Math.min(a, b) };
  }
  return ENVELOPE_SIZES[id];
}

/**
 * USPS letter-mail rules: the delivery address inside the OCR read area (≥ 0.5 in from
 * the left and right edges, between 0.625 in and 2.75 in above the bottom) and nothing in
 * the barcode clear zone (bottom 0.625 in × right 4.75 in); type at least 10 pt.
 */
export const OCR = {
  side: inch(0.5),
  bottomMin: inch(0.625),
  bottomMax: inch(2.75),
  clearZoneHeight: inch(0.625),
  clearZoneWidth: inch(4.75),
  minSize: 10,
};

const RETURN_MARGIN = inch(0.375);
const RETURN_SIZE = 10;

export interface EnvelopeInput {
  size: { width: number; height: number };
  returnLines: string[];
  deliveryLines: string[];
  /** The language of the sender's and the recipient's Han characters, where known. */
  returnLang?: HanLanguage;
  deliveryLang?: HanLanguage;
  feed: EnvelopeFeed;
  /** Printer offset in points. */
  offset?: { x: number; y: number };
}

export interface EnvelopeLayout {
  page: Page;
  /** The delivery address box (left, top, right, bottom) in design points: for tests and preview. */
  delivery: { left: number; top: number; right: number; bottom: number; size: number };
}

export function layoutEnvelope(input: EnvelopeInput, measure: Measure): EnvelopeLayout {
  const { width: W, height: H } = input.size;
  const items: TextItem[] = [];

  let y = RETURN_MARGIN + RETURN_SIZE;
  const returnStarts = blockStarts(input.returnLines, RETURN_MARGIN, (l) => measure(l, RETURN_SIZE, 'sans'));
  input.returnLines.forEach((line, i) => {
    items.push({ kind: 'text', text: line, x: returnStarts[i]!, y, size: RETURN_SIZE, font: 'sans', lang: input.returnLang });
    y += RETURN_SIZE * 1.2;
  });
  const returnBottom = input.returnLines.length > 0 ? y - RETURN_SIZE * 1.2 + RETURN_SIZE * 0.3 : 0;

  // The read area, shrunk on small envelopes so the address never climbs into the return address.
  const areaTop = Math.max(H - Math.min(OCR.bottomMax, H - OCR.bottomMin), returnBottom + inch(0.25));
  const areaBottom = H - OCR.bottomMin - 2; // descenders stay above the line
  const areaRight = W - OCR.side;

  let size = 12;
  let lines: string[];
  let left = 0;
  for (; ; size -= 0.5) {
    const lineHeight = size * 1.2;
    const preferredLeft = Math.max(OCR.side, Math.min(W * 0.42, W / 2 - inch(0.25)));
    const widest = Math.max(0, ...input.deliveryLines.map((l) => measure(l, size, 'sans')));
    left = Math.max(OCR.side, Math.min(preferredLeft, areaRight - widest));
    lines = input.deliveryLines.flatMap((l) => wrapText(l, areaRight - left, size, 'sans', measure));
    const height = (lines.length - 1) * lineHeight + size * 1.25;
    if (height <= areaBottom - areaTop || size <= OCR.minSize) break;
  }
  const lineHeight = size * 1.2;
  const blockHeight = (lines.length - 1) * lineHeight + size * 1.25;
  // Centre the block in the read area, a little low, as addresses are usually written.
  const free = areaBottom - areaTop - blockHeight;
  const top = areaTop + Math.max(0, free * 0.55);
  let baseline = top + size;
  const widths = new Map(lines.map((l) => [l, measure(l, size, 'sans')]));
  const starts = blockStarts(lines, left, (l) => widths.get(l)!);
  lines.forEach((line, i) => {
    items.push({ kind: 'text', text: line, x: starts[i]!, y: baseline, size, font: 'sans', lang: input.deliveryLang });
    baseline += lineHeight;
  });
  const right = left + Math.max(0, ...widths.values());

  const turns = input.feed.orientation === 'portrait' ? (input.feed.rotate180 ? 3 : 1) : input.feed.rotate180 ? 2 : 0;
  return {
    page: { width: W, height: H, items, transform: { quarterTurns: turns, dx: input.offset?.x ?? 0, dy: input.offset?.y ?? 0 } },
    delivery: { left, top, right, bottom: top + blockHeight, size },
  };
}
