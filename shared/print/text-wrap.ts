import type { FontStyle, Measure } from './page-model';

/**
 * Breaks text into lines no wider than maxWidth, at spaces where it can; a word longer
 * than a line (or CJK text without spaces) is broken between characters, so nothing is
 * ever cut off.
 */
export function wrapText(text: string, maxWidth: number, size: number, font: FontStyle, measure: Measure): string[] {
  const lines: string[] = [];
  const words = text.split(/ +/).filter((w) => w.length > 0);
  // Words are measured one at a time and added up (a space between), so a paragraph costs
  // one measurement per word rather than one per growing line.
  const space = measure(' ', size, font);
  let line = '';
  let lineWidth = 0;
  for (const word of words) {
    const wordWidth = measure(word, size, font);
    const candidateWidth = line ? lineWidth + space + wordWidth : wordWidth;
    if (candidateWidth <= maxWidth) {
      line = line ? `${line} ${word}` : word;
      lineWidth = candidateWidth;
      continue;
    }
    if (line) lines.push(line);
    if (wordWidth <= maxWidth) {
      line = word;
      lineWidth = wordWidth;
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
    lineWidth = measure(piece, size, font);
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}
