import { bidi, MAY_BE_RTL } from '../../../../shared/print/text-direction';
import { splitRuns } from './text-runs';

/** A run of one font and one direction, in the order it is drawn, left to right. */
export interface VisualRun<K> {
  /** The characters as they are laid out: logical order, mirrored where right to left. */
  text: string;
  font: K;
  /** Laid out right to left: a run of a right-to-left font. */
  rtl: boolean;
}

/**
 * A line as it is drawn: split into runs by font (the first of the chain that covers
 * each character) and by embedding level from the Unicode Bidirectional Algorithm
 * (bidi-js; the line's direction from its first strong letter), the runs put in visual
 * order (rule L2), and characters mirrored in right-to-left runs (L4: "(" draws as ")").
 * A run whose direction is not its font's holds only characters that do not join or
 * reorder — spaces and punctuation between right-to-left words in a Latin font, digits in
 * an Arabic one — so it is reversed and laid out in its font's own direction: each font
 * is laid out one way only.
 */
export function visualRuns<K>(
  text: string,
  chain: readonly K[],
  covers: (font: K, codePoint: number) => boolean,
  isRtlFont: (font: K) => boolean,
): Array<VisualRun<K>> {
  const byFont = splitRuns(text, chain, covers);
  if (!MAY_BE_RTL.test(text)) return byFont.map((r) => ({ text: r.text, font: r.font, rtl: false }));

  const { levels } = bidi.getEmbeddingLevels(text);
  const mirrored = bidi.getMirroredCharactersMap(text, levels);
  const pieces: Array<{ start: number; end: number; font: K; level: number }> = [];
  let at = 0;
  for (const run of byFont) {
    const end = at + run.text.length;
    for (let i = at; i < end; i++) {
      const last = pieces.at(-1);
      if (last && last.end === i && last.font === run.font && last.level === levels[i]) last.end = i + 1;
      else pieces.push({ start: i, end: i + 1, font: run.font, level: levels[i]! });
    }
    at = end;
  }

  // L2: from the highest level down to the lowest odd one, reverse every stretch at that level or above.
  const highest = Math.max(...pieces.map((p) => p.level));
  const lowestOdd = Math.min(...pieces.map((p) => (p.level % 2 === 1 ? p.level : Infinity)));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < pieces.length;) {
      if (pieces[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < pieces.length && pieces[j]!.level >= level) j++;
      pieces.splice(i, j - i, ...pieces.slice(i, j).reverse());
      i = j;
    }
  }

  return pieces.map(({ start, end, font, level }) => {
    const rtl = level % 2 === 1;
    let chars = '';
    for (let i = start; i < end; i++) chars += (rtl ? mirrored.get(i) : undefined) ?? text[i];
    const fontRtl = isRtlFont(font);
    return { text: rtl === fontRtl ? chars : Array.from(chars).reverse().join(''), font, rtl: fontRtl };
  });
}
