/**
 * What a layout hands to the PDF writer: pages in PDF points (1 in = 72 pt, origin top
 * left, y growing down), each a list of things to draw. Layouts stay pure and testable;
 * the writer only draws.
 */
export const PT_PER_IN = 72;
export const PT_PER_MM = 72 / 25.4;

export const inch = (n: number): number => n * PT_PER_IN;
export const mm = (n: number): number => n * PT_PER_MM;

export type FontStyle = 'serif' | 'sans';

/**
 * The language Han characters are written in, where it can be told: the same code point
 * is drawn differently in Japanese, Traditional and Simplified Chinese and Korean, so it
 * picks the font.
 */
export type HanLanguage = 'ja' | 'zh-Hant' | 'zh-Hans' | 'ko';

export interface TextItem {
  kind: 'text';
  text: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  size: number;
  font: FontStyle;
  lang?: HanLanguage;
}

export interface LineItem {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  dash?: boolean;
}

export interface RectItem {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  width: number;
  dash?: boolean;
}

export interface ImageItem {
  kind: 'image';
  /** A data: URL (PNG or JPEG). */
  src: string;
  x: number;
  y: number;
  /** The box the image is fitted into, keeping its proportions. */
  w: number;
  h: number;
}

export type DrawItem = TextItem | LineItem | RectItem | ImageItem;

export interface PageTransform {
  /** Quarter turns clockwise applied to the whole drawing (envelope feed). */
  quarterTurns: 0 | 1 | 2 | 3;
  /** Printer offset in points, applied after turning: moves everything right and down. */
  dx: number;
  dy: number;
}

export interface Page {
  /** Size of the design as seen, before any turn. */
  width: number;
  height: number;
  items: DrawItem[];
  transform?: PageTransform;
  /** What the layout could not fit as it should, in words, for the queue to show. */
  problems?: string[];
}

/**
 * Width of text at a size in a font style, in points; the PDF writer supplies the real one.
 * It needs no language: every Han and kana glyph of the CJK fonts is one em wide.
 */
export type Measure = (text: string, size: number, font: FontStyle) => number;

/** Page size as the printer sees it (turned a quarter → width and height swap). */
export function mediaSize(page: Page): { width: number; height: number } {
  const turns = page.transform?.quarterTurns ?? 0;
  return turns % 2 === 1 ? { width: page.height, height: page.width } : { width: page.width, height: page.height };
}
