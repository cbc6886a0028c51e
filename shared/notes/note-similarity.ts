import type { Finding, Span } from './finding';
import { bodySentences, mergeSpans, words } from './note-text';

/**
 * Interviewers compare notes. Two notes "read alike" when much of one's phrasing also
 * appears in the other, even with the names swapped, the sentences reordered or a few
 * words changed. So each note becomes a set of word 3-grams taken inside its body
 * sentences (greetings and sign-offs left out, every interviewer's name replaced by one
 * placeholder), and a pair is scored by how much of this note's set the other contains.
 */
export type NoteKind = 'email' | 'letter';

export interface NoteForComparison {
  /** Stable key of the note (e.g. participant id + kind). */
  key: string;
  kind: NoteKind;
  /** Who the note is to, as the user will read it in a warning. */
  recipientName: string;
  /** How warnings name it when the name alone is not enough ("Ana Silva (interview of …)"). */
  label?: string;
  /** Identifies the recipient, so the email and letter to one person can be paired. */
  recipientKey: string;
  text: string;
}

export interface PreparedNote {
  note: NoteForComparison;
  /** Each 3-gram with the character spans where it occurs in this note. */
  shingles: Map<string, Span[]>;
  /** How much each 3-gram counts: stock phrasing ("thank you for", "remain interested in") little. */
  weights: Map<string, number>;
  /** The sum of the weights. */
  total: number;
}

export interface Resemblance {
  other: NoteForComparison;
  /** 0–1: the share of this note's phrasing that the other note also has. */
  score: number;
  /** Where the shared phrasing is in this note. */
  spans: Span[];
}

const SHINGLE = 3;
/** Above this share of shared phrasing, a reader who sees both notes notices. */
export const SIMILARITY_WARNING = 0.3;
export const SIMILARITY_ERROR = 0.6;

const NAME = '\u0000name';

/** Every word of every interviewer's name, folded, so "Dear Ana" and "Dear Ben" match. */
export function nameWords(names: string[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) for (const w of words(name)) if (w.norm.length > 1) out.add(w.norm);
  return out;
}

// A light stem, so "plans"/"plan" and "discussed"/"discussing" still line up.
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * Words every thank-you note for this job shares: they carry no phrasing of their own, so
 * two different notes that both "remain interested in the operations analyst role" do not
 * read alike for it. A note made only of them still matches its copy, since the weights
 * cancel out when everything is shared.
 */
const STOCK = new Set(
  `the a an to for of in on at with and or me my you your i we our it is was be am are that this from about as very so much really thank thanks time
  taking take took meet meeting met speak speaking speak talk talking interview interviewing remain remaining interested interest role position job post
  look looking forward hear hearing next step steps glad pleased happy opportunity chance today yesterday monday tuesday wednesday thursday friday saturday
  sunday again consideration soon team join joining would will like enjoy enjoyed learn learning more conversation discussion invitation pleasure day
  morning afternoon week hope all also still keen continue given giving gave`
    .split(/\s+/)
    .map(stem),
);
const STOCK_WEIGHT = 0.2;

export function prepareNote(note: NoteForComparison, names: Set<string>, common: Set<string> = new Set()): PreparedNote {
  const shingles = new Map<string, Span[]>();
  const weights = new Map<string, number>();
  let total = 0;
  for (const sentence of bodySentences(note.text)) {
    const tokens = words(sentence.text, sentence.start);
    const norms = tokens.map((t) => (names.has(t.norm) ? NAME : stem(t.norm)));
    for (let i = 0; i + SHINGLE <= tokens.length; i++) {
      const gram = norms.slice(i, i + SHINGLE);
      const key = gram.join(' ');
      const span = { start: tokens[i]!.start, end: tokens[i + SHINGLE - 1]!.end };
      const list = shingles.get(key);
      if (list) list.push(span);
      else {
        shingles.set(key, [span]);
        const weight = gram.every((w) => w === NAME || STOCK.has(w) || common.has(w)) ? STOCK_WEIGHT : 1;
        weights.set(key, weight);
        total += weight;
      }
    }
  }
  return { note, shingles, weights, total };
}

/** The words of the company's name and the role: in every note for this job. */
export function commonWords(phrases: string[]): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) for (const w of words(p)) out.add(stem(w.norm));
  return out;
}

export function resemblance(a: PreparedNote, b: PreparedNote): Resemblance {
  let shared = 0;
  const spans: Span[] = [];
  for (const [key, where] of a.shingles) {
    if (b.shingles.has(key)) {
      shared += a.weights.get(key) ?? 1;
      spans.push(...where);
    }
  }
  const score = a.total === 0 ? 0 : shared / a.total;
  return { other: b.note, score, spans: mergeSpans(spans) };
}

/** Which notes a note is compared with: same kind to colleagues, and the other kind to the same person. */
export function comparable(a: NoteForComparison, b: NoteForComparison): boolean {
  if (a.key === b.key) return false;
  if (a.recipientKey === b.recipientKey) return a.kind !== b.kind;
  return a.kind === b.kind;
}

export function resemblances(target: PreparedNote, others: PreparedNote[]): Resemblance[] {
  return others
    .filter((o) => comparable(target.note, o.note))
    .map((o) => resemblance(target, o))
    .sort((x, y) => y.score - x.score);
}

const kindName = { email: 'email', letter: 'letter' } as const;

function describe(target: NoteForComparison, r: Resemblance): string {
  const percent = Math.round(r.score * 100);
  if (r.other.recipientKey === target.recipientKey) {
    return `${percent}% of this ${kindName[target.kind]} repeats the ${kindName[r.other.kind]} to ${r.other.label ?? r.other.recipientName}. Say something new in each.`;
  }
  return `${percent}% of this ${kindName[target.kind]} reads like the ${kindName[r.other.kind]} to ${r.other.label ?? r.other.recipientName}. Interviewers compare notes: make each one different.`;
}

/** Findings for the notes this one reads too much like, with the shared phrasing marked. */
export function similarityFindings(target: PreparedNote, others: PreparedNote[]): Finding[] {
  return findingsFor(target.note, resemblances(target, others));
}

/** Turns resemblances (most alike first) into findings: one per note, then its shared spans. */
export function findingsFor(target: NoteForComparison, found: Resemblance[]): Finding[] {
  const out: Finding[] = [];
  for (const r of found) {
    if (r.score < SIMILARITY_WARNING) continue;
    const severity = r.score >= SIMILARITY_ERROR ? 'error' : 'warning';
    const message = describe(target, r);
    out.push({ kind: 'similarity', severity, message, span: null });
    for (const span of r.spans) {
      out.push({ kind: 'similarity', severity, message: `Also in the ${kindName[r.other.kind]} to ${r.other.label ?? r.other.recipientName}`, span });
    }
  }
  return out;
}
