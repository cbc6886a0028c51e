import type { OcrLine, OcrPage, OcrWord } from './card-reading';

/**
 * A run of words printed together: the OCR engine's line split where the words jump a
 * wide gap, because a card's two columns ("www.acme.de      80539 München") come back as
 * one line.
 */
export interface Segment {
  index: number;
  text: string;
  box: OcrWord['box'];
  /** Median word height in px: the size the text is printed at. */
  height: number;
  /** Mean word confidence, 0–1. */
  confidence: number;
  words: OcrWord[];
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)]!;
};

function segmentOf(words: OcrWord[], index: number): Segment {
  const box = {
    x0: Math.min(...words.map((w) => w.box.x0)),
    y0: Math.min(...words.map((w) => w.box.y0)),
    x1: Math.max(...words.map((w) => w.box.x1)),
    y1: Math.max(...words.map((w) => w.box.y1)),
  };
  return {
    index,
    text: words
      .map((w) => w.text)
      .join(' ')
      .replace(/\s+/gu, ' ')
      .trim(),
    box,
    height: median(words.map((w) => w.box.y1 - w.box.y0)),
    confidence: words.reduce((s, w) => s + Math.max(0, Math.min(100, w.confidence)), 0) / words.length / 100,
    words,
  };
}

/**
 * A logo beside the text it heads (a circle, a monogram) comes back as a "word" of one or
 * two marks ("wp", "©") far taller than the words it stands beside: not part of the line.
 */
function withoutLogoAtEnds(words: OcrWord[]): OcrWord[] {
  const out = [...words];
  const tall = (w: OcrWord, rest: OcrWord[]) => {
    const letters = (w.text.match(/[\p{L}\p{N}]/gu) ?? []).length;
    const h = median(rest.map((r) => r.box.y1 - r.box.y0));
    return rest.length > 0 && letters <= 2 && w.box.y1 - w.box.y0 > 1.6 * h;
  };
  while (out.length > 1 && tall(out[0]!, out.slice(1))) out.shift();
  while (out.length > 1 && tall(out.at(-1)!, out.slice(0, -1))) out.pop();
  return out;
}

function splitLine(line: OcrLine): OcrWord[][] {
  const words = withoutLogoAtEnds(line.words.filter((w) => w.text.trim() !== '').sort((a, b) => a.box.x0 - b.box.x0));
  if (words.length === 0) return [];
  const height = median(words.map((w) => w.box.y1 - w.box.y0));
  const runs: OcrWord[][] = [[words[0]!]];
  for (let i = 1; i < words.length; i++) {
    const gap = words[i]!.box.x0 - words[i - 1]!.box.x1;
    if (gap > Math.max(2 * height, 24)) runs.push([]);
    runs.at(-1)!.push(words[i]!);
  }
  return runs;
}

/** Ink that is no text: a logo's outline read as "©" or "._ ze". */
function isNoise(s: Segment): boolean {
  const letters = (s.text.match(/[\p{L}\p{N}]/gu) ?? []).length;
  return letters < 2 || (letters < 4 && s.confidence < 0.6) || letters / s.text.length < 0.5;
}

/** The page's segments, top to bottom and left to right, without the logo's noise. */
export function segmentsOf(page: OcrPage): Segment[] {
  const runs = page.lines.flatMap(splitLine);
  const segments = runs.map((r, i) => segmentOf(r, i)).filter((s) => !isNoise(s));
  segments.sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
  return segments.map((s, i) => ({ ...s, index: i }));
}

/** Whether b is printed right under a, in the same column (left, centre or right aligned). */
export function isBelow(a: Segment, b: Segment): boolean {
  const gap = b.box.y0 - a.box.y1;
  const h = Math.max(a.height, b.height);
  if (gap < -0.3 * h || gap > 1.6 * h) return false;
  const overlap = Math.min(a.box.x1, b.box.x1) - Math.max(a.box.x0, b.box.x0);
  const aligned =
    Math.abs(a.box.x0 - b.box.x0) < 1.5 * h ||
    Math.abs(a.box.x1 - b.box.x1) < 1.5 * h ||
    Math.abs((a.box.x0 + a.box.x1) / 2 - (b.box.x0 + b.box.x1) / 2) < 1.5 * h;
  return overlap > 0 && aligned;
}
