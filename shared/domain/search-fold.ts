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

/** About `radius` characters either side of the first word found, on one line. */
export function excerptAround(text: string, word: string, radius = 60): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const at = searchFold(flat).indexOf(word);
  if (at < 0 || flat.length <= radius * 2) return flat.slice(0, radius * 2);
  const start = Math.max(0, at - radius);
  const end = Math.min(flat.length, at + word.length + radius);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
