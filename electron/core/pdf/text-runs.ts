/**
 * pdfkit has no font fallback: a character its font lacks prints as an empty box and
 * pdftotext cannot read it back. So text is split into runs, each set in the first font of
 * the chain that has glyphs for it, so Latin after a Chinese name returns to the main font. Spaces and marks stay in the run they are in.
 */
export interface TextRun<K> {
  text: string;
  font: K;
}

export function splitRuns<K>(text: string, chain: readonly K[], covers: (font: K, codePoint: number) => boolean): Array<TextRun<K>> {
  const runs: Array<TextRun<K>> = [];
  const first = chain[0];
  if (first === undefined) throw new Error('A font chain needs at least one font');
  let current: TextRun<K> | null = null;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const neutral = /\s/u.test(ch) || /\p{M}/u.test(ch);
    const font: K = current && neutral ? current.font : (chain.find((f) => covers(f, cp)) ?? first);
    if (current && current.font === font) current.text += ch;
    else {
      current = { text: ch, font };
      runs.push(current);
    }
  }
  return runs;
}
