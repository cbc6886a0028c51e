import type { FontStyle, Measure } from './page-model';

/**
 * Breaks text into lines no wider than maxWidth, at spaces where it can; a word longer
 * than a line (or CJK text without spaces) is broken between characters, so nothing is
 * ever cut off.
 */
export function wrapText(text: string, maxWidth: number, size: number, font: FontStyle, measure: Measure): string[] {
  const lines: string[] = [];
  const words = text.split(/ +/).filter((w) => w.length > 0);
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, size, font) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (measure(word, size, font) <= maxWidth) {
      line = word;
      continue;
    }
    let piece = '';
    for (const ch of Array.from(word)) {
      if (piece && measure(piece + ch, size, font) > maxWidth) {
        lines.push(piece);
        piece = '';
      }
      piece += ch;
    }
    line = piece;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}
