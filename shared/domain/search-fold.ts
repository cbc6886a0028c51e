/**
 * Text as search compares it: case and accents ignored, so "zoe muller" finds Zoë Müller
 * and "jose" finds José. Scripts without case (王伟) pass through unchanged.
 */
export function searchFold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a query; every one of them must be found. */
export function queryWords(query: string): string[] {
  return searchFold(query).split(/\s+/u).filter(Boolean);
}

/**
 * Where `word` (already folded) is in `text`, in `text`'s own positions. Folding changes
 * lengths (Korean syllables decompose into several letters, ﬁ into fi), so positions in
 * the folded text are mapped back character by character.
 */
function findFolded(text: string, word: string): { start: number; end: number } | null {
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const ch of text) {
    const f = searchFold(ch);
    folded += f;
    for (let k = 0; k < f.length; k += 1) origin.push(at);
    at += ch.length;
  }
  origin.push(text.length);
  const i = folded.indexOf(word);
  if (i < 0) return null;
  const last = origin[i + word.length - 1] ?? text.length;
  return { start: origin[i]!, end: last + (text.codePointAt(last)! > 0xffff ? 2 : 1) };
}

/** About `radius` characters either side of the first word found, on one line. */
export function excerptAround(text: string, word: string, radius = 60): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const found = findFolded(flat, word);
  if (!found || flat.length <= radius * 2) return flat.slice(0, radius * 2);
  const start = Math.max(0, found.start - radius);
  const end = Math.min(flat.length, found.end + radius);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
