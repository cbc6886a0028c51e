import { foldLatin } from '../domain/latin-fold';
import type { Span } from './finding';
import { FUNCTION_WORDS, TIME_WORDS } from './function-words';
import { greetingEnd, isGreetingFormula, letterheadEnd, postscriptLine, signOffLine, trailerStart } from './salutations';

export { greetingEnd, isSignOff, signOffLine } from './salutations';

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
  const trimmed = word
    .replace(/’/g, "'")
    .replace(/^'+|'+$/g, '')
    .replace(/-+$/, '');
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

const ABBREVIATIONS = new Set(
  'mr mrs ms mx dr prof st sr jr vs etc e.g i.e eg ie p.s p.p.s ps pps approx dept inc ltd co corp no nos fig al ave rd mt ft est a.m p.m u.s u.k ph.d jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/**
 * A "!" that is part of a name ("the Read! Riverside challenge", "at Yahoo! Finance", "the
 * studio behind Moss Knight! to fit…"): it ends no sentence and exclaims nothing. Either it
 * follows a capitalised word that a determiner opens mid-sentence and the name goes on with
 * another capitalised word, or it closes a capitalised name inside a sentence and the
 * sentence goes on in lower case, or the name with its "!" is one of `names` (from the
 * user's notes: "their hit Moss Knight!").
 */
export function isNameMark(text: string, at: number, names: string[] = []): boolean {
  if (text[at] !== '!') return false;
  const head = text.slice(Math.max(0, at - 60), at);
  if (names.some((n) => n.endsWith('!') && n.length > 2 && head.endsWith(n.slice(0, -1)))) return true;
  // Case is matched by hand: with the i flag, \p{Lu} would match lower case too.
  const before = /(?:^|\s)(?:[Tt]he|[Aa]n?|[Oo]ur|[Yy]our|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Tt]his|[Tt]hat)\s+(\p{Lu}[\p{L}\p{N}'’&-]*)$/u.exec(head);
  const after = /^\s+(\p{Lu}[\p{L}\p{N}'’-]*)\s+\p{Ll}/u.exec(text.slice(at + 1, at + 60));
  // "the team on Friday! It was…": a sentence starts with a word such as "It"; a day is no name.
  if (before && after && !FUNCTION_WORDS.has(after[1]!.toLowerCase()) && !TIME_WORDS.has(before[1]!.toLowerCase())) return true;
  // "the jam that produced Moss Knight! started as a joke": a capitalised name after a lower-case word, and the sentence goes on.
  const name = /\p{Ll}[\p{L}'’,]*\s+((?:\p{Lu}[\p{L}\p{N}'’&-]*\s+){0,3}\p{Lu}[\p{L}\p{N}'’&-]*)$/u.exec(head);
  return !!name && !FUNCTION_WORDS.has(name[1]!.toLowerCase()) && !TIME_WORDS.has(name[1]!.toLowerCase()) && /^\s+\p{Ll}/u.test(text.slice(at + 1, at + 30));
}

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
    // "When you said “Ship it!” I saw why": a mark inside a quotation opened mid-sentence is the speaker's.
    if (/[!?]/.test(m[0]) && /["”’']$/.test(m[0]) && /\S\s+(?:["“][^"”]*|[‘'][^’']*)$/.test(line.slice(from, at))) continue;
    if (m[0] === '!' && isNameMark(line, at)) continue;
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
 * Whether the line break after this line is a hard wrap inside a paragraph (pasted from a
 * mail client that wraps at 72–78 characters) rather than the end of a sentence or item.
 */
function wrapsOnto(line: string, next: string): boolean {
  const t = line.trimEnd();
  const n = next.trim();
  const item = /^([-*•–]|\d+[.)])\s/;
  if (t.trim() === '' || n === '' || item.test(n)) return false;
  // A list item goes on only onto an indented or lower-case line.
  if (item.test(t.trim()) && !/^\s/.test(next) && !/^\p{Ll}/u.test(n)) return false;
  if (/[.!?]["”’)]*$/.test(t)) return /^\p{Ll}/u.test(n) && !/[!?]["”’)]*$/.test(t);
  return !/[:;]$/.test(t);
}

/**
 * Splits a note into sentences with their positions. Lines are considered first, so a
 * greeting line and the sign-off with the signature below it are marked formulaic; lines
 * hard-wrapped inside a paragraph are read as one, so a sentence is counted once.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lines = text.split('\n');
  const closing = signOffLine(lines) ?? lines.length;
  // A postscript below the signature is the writer's text again, up to a mail app's trailer.
  const postscript = postscriptLine(lines);
  const postscriptEnd = postscript === null ? postscript : trailerStart(lines);
  const inPostscript = (i: number) => postscript !== null && i >= postscript && i < postscriptEnd!;
  // A date and an inside address above the greeting are the letter's heading, not its sentences.
  const head = Math.min(letterheadEnd(lines), closing);
  let lineStart = 0;
  let afterGreeting = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (trimmed.length === 0) {
      lineStart += line.length + 1;
      continue;
    }
    const start = lineStart + line.indexOf(trimmed);
    const greeting = out.every((s) => s.formulaic) && i < closing && i >= head ? greetingEnd(line) : null;
    if ((i >= closing && !inPostscript(i)) || i < head) {
      out.push({ text: trimmed, start, end: start + trimmed.length, formulaic: true });
      lineStart += line.length + 1;
      continue;
    }
    let from = lineStart;
    if (greeting !== null) {
      const g = line.slice(0, greeting).trim();
      out.push({ text: g, start, end: start + g.length, formulaic: true });
      from = lineStart + greeting;
      afterGreeting = true;
    }
    // The paragraph this line starts, up to its last hard-wrapped line; line breaks read as spaces (same offsets).
    let last = i;
    const limit = i < closing ? closing : postscriptEnd!;
    while (last + 1 < limit && wrapsOnto(lines[last]!, lines[last + 1]!) && !(last === i && greeting !== null && greeting >= line.trimEnd().length)) last++;
    const blockEnd = lineStart + lines.slice(i, last + 1).join('\n').length;
    const block = text.slice(from, blockEnd).replace(/\n/g, ' ');
    const before = out.length;
    lineSentences(block, from, out);
    // "Dear Sir,\n\nGreetings of the day." belongs to the greeting.
    if (afterGreeting && out.length > before && out.slice(0, before).every((s) => s.formulaic) && isGreetingFormula(out[before]!.text))
      out[before]!.formulaic = true;
    lineStart = blockEnd + 1;
    i = last;
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
