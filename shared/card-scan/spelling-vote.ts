import type { OcrBox } from './card-reading';

/**
 * A word's spelling settled from several readings of it, each by a model that can write only
 * its own language's letters. A model that lacks a letter cannot be wrong about it in the
 * usual way: it writes the nearest letter it has ("Löwe" from a French model is "Lôwe", from
 * an English one "Lowe", "Núñez" from a Danish one "Nufiez"). So each reading is taken as
 * evidence only for what that model could have written: a candidate spelling is supported
 * by a reading when the reading is what its model would write if the candidate were printed.
 * Between two candidates, only readings that tell them apart count, and the candidate that
 * no other candidate beats (the smallest worst margin, Condorcet's rule) wins.
 */

export interface WordReading {
  text: string;
  /** 0–100, tesseract's scale. */
  confidence: number;
  /** Every letter the reading's model can write. */
  charset: ReadonlySet<string>;
}

export interface SpellingVote {
  text: string;
  /** Share of the readings' weight that the winning spelling explains, 0–1. */
  agreement: number;
}

/** Letters with no decomposition whose nearest plain letter a model writes instead. */
const PLAIN: Record<string, string> = { ø: 'o', æ: 'a', œ: 'o', ß: 's', ł: 'l', đ: 'd', ð: 'd', þ: 'p', ı: 'i' };

/**
 * What models write for a letter they lack, besides letters of the same base: tesseract's
 * usual confusions, seen on card photos (ñ as "fi", ß as "B" or "fi", ø as "6").
 */
const STAND_INS: Record<string, readonly string[]> = {
  ñ: ['fi', 'ii', 'fí', 'ni'],
  ß: ['B', 'fi', 'f', 'R', 'fB', 'fs', '8', '3'],
  ø: ['0', '6', 'g'],
  æ: ['ae', 'e'],
  œ: ['oe'],
  ö: ['6'],
  ó: ['6'],
  ò: ['6'],
};

/** A letter without its accents: 'ú' → 'u', 'Ø' → 'O'. */
export function plainLetter(c: string): string {
  const lower = c.toLowerCase();
  const mapped = PLAIN[lower];
  if (mapped) return c === lower ? mapped : mapped.toUpperCase();
  return c.normalize('NFD').replace(/\p{M}/gu, '') || c;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Every way a model with this charset could write `c`. A letter it has, it writes; one it
 * lacks comes back as any letter of the same base it has (a French model writes ô for ö, a
 * German one o or ö for ô), or as a known confusion ("fi" for ñ). Each counts as fully
 * expected: weighing them (1/k for k letters of that base) let the many models that lack
 * ë or å outvote the few that have it (names 95 % and 94 % on the two corpora, against
 * 100 % and 99 % so).
 */
function writings(c: string, charset: ReadonlySet<string>): string[] {
  if (charset.has(c)) return [c];
  const base = plainLetter(c);
  const lower = c.toLowerCase();
  // A capital's stand-in as it would stand at a word's start ("Fi") or in a word in capitals ("FI").
  const stand = (STAND_INS[lower] ?? []).flatMap((s) => (c === lower ? [s] : [capitalised(s), s.toUpperCase()]));
  return [...new Set([...[...charset].filter((d) => d.length === 1 && plainLetter(d) === base), ...stand])];
}

/**
 * Whether a model with this charset, reading `spelling` printed, could give `reading` (1)
 * or not (0). A letter the model has nothing near to may come back as anything, or
 * nothing, and says nothing.
 */
function fitOf(spelling: string, charset: ReadonlySet<string>, reading: string): number {
  const letters = [...spelling].map((c) => writings(c, charset));
  const memo = new Map<number, boolean>();
  const fits = (i: number, j: number): boolean => {
    if (i === letters.length) return j === reading.length;
    const key = i * (reading.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const ways = letters[i]!;
    const value =
      ways.length === 0
        ? [0, 1, 2].some((k) => j + k <= reading.length && fits(i + 1, j + k))
        : ways.some((w) => reading.startsWith(w, j) && fits(i + 1, j + w.length));
    memo.set(key, value);
    return value;
  };
  return fits(0, 0) ? 1 : 0;
}

/** Leading and trailing marks a line reader picks up with a word (quotes, a colon, a rule). */
function trimmedWord(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * The least net weight of readings that must tell a new spelling from the page reader's
 * before it replaces it: one reading at least half sure more for it than against it. A
 * letter only one model can write (ß, ø, ő) is then not taken from that model when it is
 * unsure. (0.7 kept two right spellings out on each corpus; 0.5 none on one, one on the other.)
 */
const MIN_MARGIN = 0.5;

/**
 * The spelling the readings support best, given the page reader's `current` one (a
 * candidate too, and kept unless a spelling beats it by MIN_MARGIN).
 */
export function voteSpelling(readings: readonly WordReading[], current = ''): SpellingVote | null {
  const voters = readings
    .map((r) => ({ ...r, text: trimmedWord(r.text), weight: Math.max(0.01, Math.min(100, r.confidence) / 100) }))
    .filter((r) => r.text !== '');
  if (voters.length === 0) return null;
  const candidates = [...new Set([current, ...voters.map((v) => v.text)].filter(Boolean))];
  // fits[i][k]: 1 when reading k is what its model could write if candidate i were printed.
  const fits = candidates.map((c) => voters.map((v) => fitOf(c, v.charset, v.text)));
  const support = (i: number) => voters.reduce((sum, v, k) => sum + v.weight * fits[i]![k]!, 0);
  const margin = (i: number, j: number) => voters.reduce((sum, v, k) => sum + v.weight * (fits[i]![k]! - fits[j]![k]!), 0);
  const worst = candidates.map((_, i) => Math.min(0, ...candidates.map((_, j) => (i === j ? 0 : margin(i, j)))));
  let best = 0;
  for (let i = 1; i < candidates.length; i++) {
    const better = worst[i]! > worst[best]! + 1e-9 || (Math.abs(worst[i]! - worst[best]!) <= 1e-9 && support(i) > support(best));
    if (better) best = i;
  }
  const total = voters.reduce((sum, v) => sum + v.weight, 0);
  const page = current ? 0 : -1;
  if (page === -1 || best === page) return { text: candidates[best]!, agreement: support(best) / total };
  const lead = margin(best, page);
  if (lead < MIN_MARGIN) return { text: current, agreement: support(page) / total };
  // How sure the change is: its lead among the readings that tell the two apart, less when only one of them does.
  const apart = voters.map((v, k) => v.weight * Math.abs(fits[best]![k]! - fits[page]![k]!));
  const tellers = apart.filter((x) => x > 0).length;
  const weightApart = apart.reduce((sum, x) => sum + x, 0);
  return { text: candidates[best]!, agreement: (lead / weightApart) * (tellers >= 2 ? 1 : 0.8) };
}

export interface LineWords {
  charset: ReadonlySet<string>;
  words: ReadonlyArray<{ text: string; confidence: number; box: OcrBox }>;
}

const overlap = (a: OcrBox, b: OcrBox) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0));

/**
 * A line's spelling, word by word: each word as the page reader found it (its box says
 * where), voted on by every other reading's words that lie over it. A reading with nothing
 * over a word has no say on it; a word no reading covers stays as it was.
 */
export function voteLine(words: ReadonlyArray<{ text: string; box: OcrBox }>, readings: readonly LineWords[]): SpellingVote {
  let agreement = 1;
  const texts = words.map((word, i) => {
    const over = readings.flatMap((r) => {
      // A reading's word belongs to the page word it overlaps most, and only if it lies mostly
      // within it: a reading that runs two words together ("vanderBerg") has no say on either.
      const mine = r.words.filter((w) => {
        const most = words.reduce((best, other, j) => (overlap(w.box, other.box) > overlap(w.box, words[best]!.box) ? j : best), 0);
        return most === i && overlap(w.box, word.box) >= 0.6 * (w.box.x1 - w.box.x0);
      });
      if (mine.length === 0) return [];
      const text = mine.map((w) => w.text).join('');
      return [{ text, confidence: Math.min(...mine.map((w) => w.confidence)), charset: r.charset }];
    });
    // The page word's own marks ("Dr.", "Lopez,") stay; only its letters are voted on.
    const [, before, letters, after] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word.text)!;
    const vote = letters ? voteSpelling(over, letters) : null;
    if (!vote) return word.text;
    agreement = Math.min(agreement, vote.agreement);
    return `${before}${vote.text}${after}`;
  });
  return { text: texts.join(' '), agreement };
}
