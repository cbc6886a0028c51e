/**
 * pdfkit has no font fallback: a character its font lacks prints as an empty box and
 * pdftotext cannot read it back. So text is split into runs, each set in the first font of
 * the chain that has glyphs for it, so Latin after a Chinese name returns to the main font. Spaces and marks stay in the run they are in.
 */
export interface TextRun<K> {
  text: string;
  font: K;
}

/** Spaces and combining marks belong to whatever run they are in. */
function isNeutral(cp: number): boolean {
  return (
    cp === 0x20 ||
    cp === 0x09 ||
    cp === 0x0a ||
    cp === 0x0d ||
    cp === 0xa0 ||
    cp === 0x3000 ||
    (cp >= 0x2000 && cp <= 0x200b) ||
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f)
  );
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
