import { foldLatin } from '../domain/latin-fold';
import type { Span } from './finding';

/** A word as it appears in the note, with where it is. */
export interface WordToken extends Span {
  text: string;
  /** Lower case, without diacritics or apostrophe variants: what comparisons use. */
  norm: string;
}

export interface Sentence extends Span {
  text: string;
  /** Greetings ("Dear Ana,") and sign-offs ("Best regards,") and the signature after them. */
  formulaic: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

const PLAIN = /^[a-z0-9-]*$/;

export function foldWord(word: string): string {
  // Most words are plain ASCII: skip the Unicode normalisation, which is the slow part.
  const lower = word.toLowerCase();
  if (PLAIN.test(lower)) return lower.replace(/-+$/, '');
  const trimmed = word.replace(/’/g, "'").replace(/^'+|'+$/g, '').replace(/-+$/, '');
  // Latin letters fold the way names do in addresses (Ł → l, ø → o, ß → ss); other scripts keep their letters.
  const latin = foldLatin(trimmed);
  if (latin !== null && latin !== '') return latin;
  return trimmed.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function words(text: string, offset = 0): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0].replace(/['’-]+$/, '');
    const start = offset + (m.index ?? 0);
    out.push({ text: raw, norm: foldWord(raw), start, end: start + raw.length });
  }
  return out;
}

const SALUTATION = /^(dear|hi|hello|hey|good (?:morning|afternoon|evening)|greetings)\b/i;
// Words that may stand between the salutation and the comma: titles, names, "and", "team".
const NAME_WORD = /^(?:(?:mr|ms|mrs|mx|dr|prof|sir|madam)\.?|\p{Lu}\.|[\p{L}\p{M}'’-]+)$/iu;
const NAME_PUNCT = /^[,:;!—–-]+$/;
const SIGN_OFF =
  /^\s*((with )?(best|kind|kindest|warm|warmest|many|all the best)( regards| wishes| thanks)?|warmly|regards|sincerely|yours( sincerely| truly| faithfully)?|respectfully|cheers|thanks( again)?|thank you( again)?|with (thanks|gratitude|appreciation))[,.!]?\s*$/i;

export function isSignOff(line: string): boolean {
  return SIGN_OFF.test(line);
}

/** Where a greeting line's greeting ends: the whole line, or the salutation and the names before the text that follows. */
export function greetingEnd(line: string): number | null {
  const lead = line.length - line.trimStart().length;
  const salutation = SALUTATION.exec(line.trimStart());
  if (!salutation) return null;
  const afterSalutation = lead + salutation[0].length;
  const rest = line.slice(afterSalutation);
  // "Dear Ms. Silva," "Hi Ana and Ben!" "Good morning Dr. Okafor:" — up to four name words, then a mark.
  const delimited = /^((?:\s+[^\s,:;!?]+){0,5}?)\s*([,:;!—–]|\s-\s)/u.exec(rest);
  if (delimited && delimited[1]!.trim().split(/\s+/).filter(Boolean).every((w) => NAME_WORD.test(w))) {
    const end = afterSalutation + delimited[0].length;
    const tail = line.slice(end);
    // Only more names ("Hi Ana, Ben, and Chloe,") keep the line whole; other words are the note itself.
    if (tail.trim().split(/\s+/).filter(Boolean).every((w) => /^(and|&)$/i.test(w) || NAME_PUNCT.test(w) || /^\p{Lu}[\p{L}\p{M}'’-]*[,:!]?$/u.test(w))) return line.trimEnd().length;
    return end;
  }
  // No mark after the names: a short line is all greeting; otherwise the capitalised names close it.
  const tokens = [...rest.matchAll(/\S+/g)];
  if (tokens.length <= 4 && tokens.every((t) => NAME_WORD.test(t[0].replace(/[.]$/, '')))) return line.trimEnd().length;
  let end = afterSalutation;
  for (const t of tokens.slice(0, 4)) {
    if (!/^(?:(?:mr|ms|mrs|mx|dr|prof)\.?|\p{Lu}[\p{L}\p{M}'’.-]*)$/iu.test(t[0]) || !/^\p{Lu}/u.test(t[0])) break;
    end = afterSalutation + (t.index ?? 0) + t[0].length;
  }
  return end;
}

/**
 * A line that can follow a sign-off as part of the signature: a name, a title, a phone
 * number or an address — short, and not a sentence of its own.
 */
function isSignatureLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 60 || t.split(/\s+/).length > 8) return false;
  if (SALUTATION.test(t)) return false;
  if (/[!?]["”’)]*$/.test(t)) return false;
  // A sentence ends with a lower-case word and a full stop; "Ph.D." and "Inc." do not.
  if (/(^|[\s(])\p{Ll}{3,}[.]["”’)]*$/u.test(t)) return false;
  return !/[.!?]\s+\p{L}/u.test(t.replace(/\b(?:mr|ms|mrs|mx|dr|prof|st|jr|sr|inc|ltd|co)\.\s/gi, ''));
}

/**
 * Where the note's closing starts: the first of the sign-off lines ("Thank you again,",
 * "Best regards,") that only a signature follows, or null. "Thank you!" with more of the
 * note after it is text, not a sign-off.
 */
export function signOffLine(lines: string[]): number | null {
  let signature = 0;
  let found: number | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i]!.trim();
    if (t.length === 0) continue;
    if (SIGN_OFF.test(t)) {
      found = i;
      continue;
    }
    if (found !== null) break;
    if (++signature > 5 || !isSignatureLine(t)) break;
  }
  return found;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms mx dr prof st sr jr vs etc e.g i.e eg ie approx dept inc ltd co corp no nos fig al ave rd mt ft est a.m p.m u.s u.k ph.d jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

/** The sentences of one line of body text: a full stop after an abbreviation, an initial or before a lower-case word does not end one. */
function lineSentences(line: string, lineStart: number, out: Sentence[]): void {
  let from = 0;
  const push = (to: number) => {
    const piece = line.slice(from, to);
    const body = piece.trim();
    if (body.length > 0) {
      const start = lineStart + from + (piece.length - piece.trimStart().length);
      out.push({ text: body, start, end: start + body.length, formulaic: false });
    }
    from = to;
  };
  for (const m of line.matchAll(/[.!?]+["”’)]*(?=\s|$)/g)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (m[0].startsWith('.') && !/[!?]/.test(m[0])) {
      const before = /([\p{L}.]+)$/u.exec(line.slice(from, at))?.[1] ?? '';
      const next = /^\s*(\S)/u.exec(line.slice(end))?.[1] ?? '';
      if (ABBREVIATIONS.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before) || /^[\p{Ll}\d]/u.test(next)) continue;
    }
    push(end);
  }
  push(line.length);
}

/**
 * Splits a note into sentences with their positions. Lines are considered first, so a
 * greeting line and the sign-off with the signature below it are marked formulaic.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lines = text.split('\n');
  const closing = signOffLine(lines) ?? lines.length;
  let lineStart = 0;
  for (const [i, line] of lines.entries()) {
    const lineEnd = lineStart + line.length;
    const trimmed = line.trim();
    if (trimmed.length > 0) {
      const start = lineStart + line.indexOf(trimmed);
      const greeting = out.length === 0 && i < closing ? greetingEnd(line) : null;
      if (i >= closing) {
        out.push({ text: trimmed, start, end: start + trimmed.length, formulaic: true });
      } else if (greeting !== null) {
        const g = line.slice(0, greeting).trim();
        out.push({ text: g, start, end: start + g.length, formulaic: true });
        lineSentences(line.slice(greeting), lineStart + greeting, out);
      } else {
        lineSentences(line, lineStart, out);
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/** The sentences that carry the note's content: greetings, sign-offs and signature left out. */
export function bodySentences(text: string): Sentence[] {
  return sentences(text).filter((s) => !s.formulaic);
}

/** Unfilled template fields look like "[something you learned]". */
export function gaps(text: string): Array<Span & { label: string }> {
  const out: Array<Span & { label: string }> = [];
  for (const m of text.matchAll(/\[([^\]\n]{1,80})\]/g)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, label: m[1] ?? '' });
  }
  return out;
}

export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end + 1) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
