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
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/’/g, "'")
    .toLowerCase()
    .replace(/^'+|'+$/g, '')
    .replace(/-+$/, '');
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

const GREETING = /^\s*(dear|hi|hello|hey|good (morning|afternoon|evening)|greetings)\b[^.!?\n]{0,60}[,:!]?\s*$/i;
const SIGN_OFF =
  /^\s*((with )?(best|kind|kindest|warm|warmest|many|all the best)( regards| wishes| thanks)?|regards|sincerely|yours( sincerely| truly| faithfully)?|respectfully|cheers|thanks( again)?|thank you( again)?|with (thanks|gratitude|appreciation))[,.!]?\s*$/i;

/**
 * Splits a note into sentences with their positions. Lines are considered first, so a
 * greeting line and the sign-off with the signature below it are marked formulaic.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let signedOff = false;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    const trimmed = line.trim();
    if (trimmed.length > 0) {
      const isGreeting = out.length === 0 && GREETING.test(trimmed);
      const isSignOff = SIGN_OFF.test(trimmed);
      if (isSignOff) signedOff = true;
      if (isGreeting || isSignOff || signedOff) {
        const start = lineStart + line.indexOf(trimmed);
        out.push({ text: trimmed, start, end: start + trimmed.length, formulaic: true });
      } else {
        for (const m of line.matchAll(/[^.!?]+(?:[.!?]+["”’)]*|$)/g)) {
          const piece = m[0];
          const lead = piece.length - piece.trimStart().length;
          const body = piece.trim();
          if (body.length === 0) continue;
          const start = lineStart + (m.index ?? 0) + lead;
          out.push({ text: body, start, end: start + body.length, formulaic: false });
        }
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
