import type { Finding, Span } from './finding';
import { FUNCTION_WORDS } from './function-words';
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

/** A note's n-grams with where they occur and how much each counts. */
export interface Grams {
  /** Each n-gram with where it occurs in this note, as start and end offsets one after the other (fewer objects to make on each keystroke). */
  shingles: Map<string, number[]>;
  /** How much each n-gram counts: stock phrasing ("thank you for", "remain interested in") little. */
  weights: Map<string, number>;
  /** The sum of the weights. */
  total: number;
}

export interface PreparedNote {
  note: NoteForComparison;
  /** Word 3-grams: the phrasing as written. */
  phrasing: Grams;
  /** 2-grams of content words, function words left out and near-synonyms made one: the same points in other small words. */
  content: Grams;
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

// Words a light rewording swaps for each other: "glad to hear" / "good to learn", "enjoy helping" / "like to help", "two-week" / "fortnightly".
const NEAR_SYNONYMS: Record<string, string> = Object.fromEntries(
  [
    ['glad', 'happy pleased delighted good great nice lovely'],
    ['learn', 'hear see discover'],
    ['like', 'enjoy love'],
    ['two-week', 'fortnightly biweekly fortnight'],
    ['do', 'done run perform performed'],
    ['present', 'current'],
    ['one', 'single'],
    ['help', 'assist support'],
    ['talk', 'speak chat'],
    ['show', 'walk'],
  ].flatMap(([canon, others]) => [canon!, ...others!.split(' ')].map((w) => [w, canon!])),
);

/** British and American spellings as one: organisation/organization, catalogue/catalog, programme/program, centre/center, colour/color. */
function oneSpelling(word: string): string {
  return word
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/(?<=\w{3})our(s|ed|ing)?$/, 'or$1')
    .replace(/(?<=\w{2})logue(s)?$/, 'log$1')
    .replace(/(?<=\w{3})mme(s)?$/, 'm$1')
    .replace(/(?<=\w{3})tre(s)?$/, 'ter$1');
}

// Each word's content form, remembered: a keystroke re-prepares a note made almost entirely of words seen before.
const forms = new Map<string, string>();

function contentForm(norm: string): string {
  let form = forms.get(norm);
  if (form === undefined) {
    const stemmed = stem(norm);
    form = NEAR_SYNONYMS[norm] ?? NEAR_SYNONYMS[stemmed] ?? stem(oneSpelling(norm));
    if (forms.size > 20000) forms.clear();
    forms.set(norm, form);
  }
  return form;
}

function addGram(grams: Grams, key: string, start: number, end: number, stock: boolean) {
  const list = grams.shingles.get(key);
  if (list) list.push(start, end);
  else {
    grams.shingles.set(key, [start, end]);
    const weight = stock ? STOCK_WEIGHT : 1;
    grams.weights.set(key, weight);
    grams.total += weight;
  }
}

const emptyGrams = (): Grams => ({ shingles: new Map(), weights: new Map(), total: 0 });

export function prepareNote(note: NoteForComparison, names: Set<string>, common: Set<string> = new Set()): PreparedNote {
  const phrasing = emptyGrams();
  const content = emptyGrams();
  const isStock = (w: string) => w === NAME || STOCK.has(w) || common.has(w);
  for (const sentence of bodySentences(note.text)) {
    const tokens = words(sentence.text, sentence.start);
    const norms = tokens.map((t) => (names.has(t.norm) ? NAME : stem(t.norm)));
    for (let i = 0; i + SHINGLE <= tokens.length; i++) {
      const [x, y, z] = [norms[i]!, norms[i + 1]!, norms[i + 2]!];
      addGram(phrasing, `${x} ${y} ${z}`, tokens[i]!.start, tokens[i + SHINGLE - 1]!.end, isStock(x) && isStock(y) && isStock(z));
    }
    // The content words two by two, each in its content form.
    let prev = -1;
    let prevForm = '';
    for (const [i, t] of tokens.entries()) {
      if (FUNCTION_WORDS.has(t.norm)) continue;
      const form = norms[i] === NAME ? NAME : contentForm(t.norm);
      if (prev >= 0) addGram(content, `${prevForm} ${form}`, tokens[prev]!.start, t.end, isStock(prevForm) && isStock(form));
      prev = i;
      prevForm = form;
    }
  }
  return { note, phrasing, content };
}

/** The words of the company's name and the role: in every note for this job. */
export function commonWords(phrases: string[]): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) for (const w of words(p)) out.add(stem(w.norm));
  return out;
}

/** The share of a's weight that b has too. */
function share(a: Grams, b: Grams): number {
  if (a.total === 0) return 0;
  let weight = 0;
  for (const [key, w] of a.weights) if (b.shingles.has(key)) weight += w;
  return weight / a.total;
}

function sharedSpans(a: Grams, b: Grams): Span[] {
  const spans: Span[] = [];
  for (const [key, where] of a.shingles)
    if (b.shingles.has(key)) for (let i = 0; i < where.length; i += 2) spans.push({ start: where[i]!, end: where[i + 1]! });
  return mergeSpans(spans);
}

/**
 * The share of a's phrasing that b has, as written or point for point in other small words,
 * whichever is more. Where they are shared is worked out only when a warning will show it:
 * most pairs are far apart, and this runs for every pair on each keystroke.
 */
export function resemblance(a: PreparedNote, b: PreparedNote): Resemblance {
  const phrasing = share(a.phrasing, b.phrasing);
  // A copy as written is an error already; the reworded reading can only add to what it shows.
  const content = phrasing >= SIMILARITY_ERROR ? 0 : share(a.content, b.content);
  const score = Math.max(phrasing, content);
  const spans = score < SIMILARITY_WARNING ? [] : content > phrasing ? sharedSpans(a.content, b.content) : sharedSpans(a.phrasing, b.phrasing);
  return { other: b.note, score, spans };
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
    out.push({ kind: 'similarity', severity, message, span: null, otherKey: r.other.key });
    for (const span of r.spans) {
      out.push({ kind: 'similarity', severity, message: `Also in the ${kindName[r.other.kind]} to ${r.other.label ?? r.other.recipientName}`, span });
    }
  }
  return out;
}

/**
 * Where two notes share phrasing, marked in each of them, for reading them side by side.
 * `names` are every recipient's names, as the checks use them, so "Dear Ana" and "Dear Ben" match.
 */
export function sharedPassages(a: NoteForComparison, b: NoteForComparison, names: string[]): { inA: Span[]; inB: Span[] } {
  const words = nameWords(names);
  const pa = prepareNote(a, words);
  const pb = prepareNote(b, words);
  // Marked whatever the score: the reader asked to see both, and one side's share can be
  // below the warning while the other's is above it (a short note inside a long one).
  // The phrasing as written where they share some; else the points made in other words.
  const marks = (x: PreparedNote, y: PreparedNote) => {
    const written = sharedSpans(x.phrasing, y.phrasing);
    return written.length > 0 ? written : sharedSpans(x.content, y.content);
  };
  return { inA: marks(pa, pb), inB: marks(pb, pa) };
}
