/**
 * pdfkit has no font fallback: a character its font lacks prints as an empty box and
 * pdftotext cannot read it back. So text is split into runs, each set in the first font of
 * the chain that has glyphs for it, so Latin after a Chinese name returns to the main font.
 */
export interface TextRun<K> {
  text: string;
  font: K;
}

/**
 * Spaces, the characters that belong to the letter before them — combining marks, Arabic
 * vowel signs, the zero-width joiners, variation selectors (Unicode script "Inherited") —
 * and the invisible ones (direction marks) stay in whatever run they are in: moved to
 * another font they would break the word's shaping.
 */
const INHERITED = /[\p{Script=Inherited}\p{Default_Ignorable_Code_Point}]/u;

function isNeutral(cp: number): boolean {
  if (cp < 0x300) return cp === 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0xa0;
  return cp === 0x3000 || (cp >= 0x2000 && cp <= 0x200b) || INHERITED.test(String.fromCodePoint(cp));
}

export function splitRuns<K>(text: string, chain: readonly K[], covers: (font: K, codePoint: number) => boolean): Array<TextRun<K>> {
  const first = chain[0];
  if (first === undefined) throw new Error('A font chain needs at least one font');
  const runs: Array<TextRun<K>> = [];
  let font: K | null = null;
  let start = 0;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const next: K = font !== null && isNeutral(cp) ? font : (chain.find((f) => covers(f, cp)) ?? first);
    if (font !== null && next !== font) {
      runs.push({ text: text.slice(start, i), font });
      start = i;
    }
    font = next;
    i += width;
  }
  if (font !== null) runs.push({ text: text.slice(start), font });
  return runs;
}
