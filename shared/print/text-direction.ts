import bidiFactory from 'bidi-js';

/** The Unicode Bidirectional Algorithm (bidi-js), one instance for the layouts and the PDF writer. */
export const bidi = bidiFactory();

/**
 * Characters that can make text right to left: the Hebrew, Arabic, Syriac, Thaana, N'Ko…
 * blocks, their presentation forms, and the explicit right-to-left marks. Text without
 * any of them reads left to right as it is, without running the algorithm.
 */
export const MAY_BE_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** A line's direction, taken from its first strong letter as the algorithm does (rules P2–P3); null when it has none. */
export function lineDirection(text: string): 'rtl' | 'ltr' | null {
  for (const ch of text) {
    const type = bidi.getBidiCharTypeName(ch);
    if (type === 'L') return 'ltr';
    if (type === 'R' || type === 'AL') return 'rtl';
  }
  return null;
}

/** Whether a block (an address) is written right to left: more of its lines start right to left than left to right. */
export function isRightToLeft(lines: readonly string[]): boolean {
  if (!lines.some((l) => MAY_BE_RTL.test(l))) return false;
  let balance = 0;
  for (const line of lines) {
    const direction = lineDirection(line);
    if (direction === 'rtl') balance++;
    else if (direction === 'ltr') balance--;
  }
  return balance > 0;
}

/**
 * Where each line of a block starts. A block written right to left is set flush right
 * within itself — every line ends where its widest line ends — so the block keeps the
 * place and size a layout gave it (a window, the post's read area, a label).
 */
export function blockStarts(lines: readonly string[], left: number, width: (line: string) => number): number[] {
  if (!isRightToLeft(lines)) return lines.map(() => left);
  const widths = lines.map(width);
  const right = left + Math.max(0, ...widths);
  return widths.map((w) => right - w);
}
