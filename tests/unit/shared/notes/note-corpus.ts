/**
 * The labelled notes corpus (tests/fixtures/notes-corpus) and how the note checks score on
 * it: a confusion table per detector. The table test enforces the targets; `npm run bench`
 * prints the same table, and the ones for the held-out corpora (notes-corpus-holdout,
 * notes-corpus-holdout3), which are only measured.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Finding } from '../../../../shared/notes/finding';
import { createNoteChecker, type CheckedNote } from '../../../../shared/notes/note-checks';
import { bodySentences } from '../../../../shared/notes/note-text';
import type { Tagger } from '../../../../shared/notes/noun-tagger';
import type { Speller } from '../../../../shared/notes/spelling';
import { subjectFindings } from '../../../../shared/notes/subject-check';

const fixtures = path.resolve(__dirname, '../../../fixtures');

const context = z.object({ recipientName: z.string(), company: z.string(), role: z.string(), notes: z.array(z.string()) });
const severity = z.enum(['none', 'info', 'warning', 'error']);
const english = z.enum(['en-US', 'en-GB']);

const note = z
  .object({
    id: z.string(),
    kind: z.enum(['email', 'letter']),
    context: z.string(),
    english: english.default('en-US'),
    writer: z.string().default('Sam Lee'),
    subject: z.string().optional(),
    text: z.array(z.string()),
    labels: z
      .object({
        thanks: z.boolean(),
        specific: z.boolean(),
        interest: z.boolean(),
        personal: z.boolean().nullable(),
        hyperbole: z.array(z.string()),
        begging: z.boolean(),
        exclamation: z.boolean(),
        tooLong: z.boolean(),
        sentences: z.number().int().optional(),
        misspelled: z.array(z.string()),
        subject: severity.optional(),
      })
      .strict(),
    reason: z.string().min(1),
  })
  .strict();

const side = z.object({ context: z.string(), text: z.array(z.string()) }).strict();
const pair = z.object({ id: z.string(), kind: z.enum(['email', 'letter']), rewording: z.boolean(), a: side, b: side, reason: z.string().min(1) }).strict();

export type CorpusNote = z.infer<typeof note>;
export type CorpusPair = z.infer<typeof pair>;
export type CorpusContext = z.infer<typeof context>;
export type English = z.infer<typeof english>;

export interface Corpus {
  contexts: Record<string, CorpusContext>;
  notes: CorpusNote[];
  pairs: CorpusPair[];
}

/** `folder`: a corpus folder under tests/fixtures, in the format of notes-corpus/README.md. */
export function loadCorpus(folder: 'notes-corpus' | 'notes-corpus-holdout' | 'notes-corpus-holdout3' = 'notes-corpus'): Corpus {
  const dir = path.join(fixtures, folder);
  const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const contexts = z.record(z.string(), context).parse(read('contexts.json'));
  const notes = fs
    .readdirSync(dir)
    .filter((f) => /^notes-.*\.json$/.test(f))
    .sort()
    .flatMap((f) => z.array(note).parse(read(f)));
  const pairs = z.array(pair).parse(read('pairs.json'));
  return { contexts, notes, pairs };
}

export const textOf = (lines: string[]) => lines.join('\n');

/** How a detector did: counts of true/false positives and negatives, "positive" being "the problem is there". */
export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** Ids (and the word or phrase) of every false positive and false negative, to read them. */
  misses: string[];
  /** Similarity only: rewordings caught at error level, not just as a warning. */
  atError?: number;
}

const empty = (): Confusion => ({ tp: 0, fp: 0, fn: 0, tn: 0, misses: [] });

export const precision = (c: Confusion) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Confusion) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

function tally(c: Confusion, expected: boolean, found: boolean, id: string) {
  if (expected && found) c.tp++;
  else if (expected) {
    c.fn++;
    c.misses.push(`missed ${id}`);
  } else if (found) {
    c.fp++;
    c.misses.push(`false ${id}`);
  } else c.tn++;
}

/** What each detector's findings look like; messages are the contract with the person reading them. */
const is = {
  thanks: (f: Finding) => f.kind === 'structure' && /thank/i.test(f.message),
  specific: (f: Finding) => f.kind === 'structure' && /specific/i.test(f.message),
  interest: (f: Finding) => f.kind === 'structure' && /interest/i.test(f.message),
  personal: (f: Finding) => f.kind === 'personal' && f.severity !== 'info',
  hyperbole: (f: Finding) => f.kind === 'tone' && f.severity !== 'info' && /gushing|superlative|flatter/i.test(f.message),
  begging: (f: Finding) => f.kind === 'tone' && /begging|plead/i.test(f.message),
  exclamation: (f: Finding) => f.kind === 'tone' && /exclamation/i.test(f.message),
  length: (f: Finding) => f.kind === 'length' && f.severity !== 'info',
};

export interface Spellers {
  /** The dictionary for the English the note is written in; the checks as they were had only one. */
  for(english: English): Speller;
  /** The part-of-speech tagger, where the checks take one. */
  tagger?: Tagger;
}

export function checkedNote(id: string, kind: 'email' | 'letter', ctx: CorpusContext, text: string, writer = 'Sam Lee'): CheckedNote {
  return {
    key: id,
    kind,
    recipientName: ctx.recipientName,
    recipientKey: `${id}:${ctx.recipientName}`,
    text,
    // As the note studio builds it: what the user typed elsewhere is spelled on purpose.
    knownText: [ctx.company, ctx.role, writer, ...ctx.notes].join(' '),
    context: { kind, recipientName: ctx.recipientName, company: ctx.company, role: ctx.role, notes: ctx.notes },
  };
}

export const DETECTORS = [
  'thanks',
  'specific',
  'interest',
  'personal',
  'hyperbole',
  'begging',
  'exclamation',
  'length',
  'sentences',
  'spelling',
  'subject',
  'similarity',
] as const;
export type Detector = (typeof DETECTORS)[number];
export type Scores = Record<Detector, Confusion>;

const rank = { none: 0, info: 1, warning: 2, error: 3 } as const;

export function score(corpus: Corpus, spellers: Spellers): Scores {
  const s = Object.fromEntries(DETECTORS.map((d) => [d, empty()])) as Scores;
  for (const n of corpus.notes) {
    const ctx = corpus.contexts[n.context]!;
    const text = textOf(n.text);
    const speller = spellers.for(n.english);
    const findings =
      createNoteChecker(speller, spellers.tagger ?? null)
        .check([checkedNote(n.id, n.kind, ctx, text, n.writer)])
        .get(n.id) ?? [];
    const any = (p: (f: Finding) => boolean) => findings.some(p);
    const L = n.labels;
    tally(s.thanks, !L.thanks, any(is.thanks), n.id);
    tally(s.specific, !L.specific, any(is.specific), n.id);
    tally(s.interest, !L.interest, any(is.interest), n.id);
    if (L.personal !== null) tally(s.personal, !L.personal, any(is.personal), n.id);
    tally(s.begging, L.begging, any(is.begging), n.id);
    tally(s.exclamation, L.exclamation, any(is.exclamation), n.id);
    tally(s.length, L.tooLong, any(is.length), n.id);

    // Hyperbole by phrase: each labelled phrase found or missed, each finding outside them a false alarm.
    const hyperbole = findings.filter(is.hyperbole);
    const phrases = L.hyperbole.map((p) => ({ p, start: text.indexOf(p), end: text.indexOf(p) + p.length }));
    const overlaps = (f: Finding, r: { start: number; end: number }) => f.span !== null && f.span.start < r.end && f.span.end > r.start;
    for (const r of phrases)
      tally(
        s.hyperbole,
        true,
        hyperbole.some((f) => overlaps(f, r)),
        `${n.id} “${r.p}”`,
      );
    for (const f of hyperbole)
      if (!phrases.some((r) => overlaps(f, r))) tally(s.hyperbole, false, true, `${n.id} “${f.span ? text.slice(f.span.start, f.span.end) : f.message}”`);
    if (phrases.length === 0 && hyperbole.length === 0) s.hyperbole.tn++;

    // Spelling by word, at the level that asks the user to act (unknown proper nouns are only hints).
    const flagged = new Set(findings.filter((f) => f.kind === 'spelling' && f.severity === 'warning').map((f) => f.word ?? ''));
    for (const w of L.misspelled) tally(s.spelling, true, flagged.has(w), `${n.id} “${w}”`);
    for (const w of flagged) if (!L.misspelled.includes(w)) tally(s.spelling, false, true, `${n.id} “${w}”`);
    if (L.misspelled.length === 0 && flagged.size === 0) s.spelling.tn++;

    if (L.sentences !== undefined) {
      const counted = bodySentences(text).length;
      if (counted === L.sentences) s.sentences.tp++;
      else {
        s.sentences.fn++;
        s.sentences.misses.push(`${n.id}: ${counted} counted, ${L.sentences} labelled`);
      }
    }

    if (n.subject !== undefined && L.subject !== undefined) {
      const found = subjectFindings(n.subject, speller, {
        ...checkedNote(n.id, n.kind, ctx, text, n.writer).context,
        otherNames: [],
        knownText: [ctx.company, ctx.role, n.writer, ...ctx.notes].join(' '),
      });
      const worst = found.reduce<keyof typeof rank>((w, f) => (rank[f.severity] > rank[w] ? f.severity : w), 'none');
      tally(s.subject, rank[L.subject] >= rank.warning, rank[worst] >= rank.warning, `${n.id} (${worst}, labelled ${L.subject})`);
    }
  }

  for (const p of corpus.pairs) {
    const a = checkedNote(`${p.id}:a`, p.kind, corpus.contexts[p.a.context]!, textOf(p.a.text));
    const b = checkedNote(`${p.id}:b`, p.kind, corpus.contexts[p.b.context]!, textOf(p.b.text));
    const found = createNoteChecker(null).check([a, b]);
    const alike = [...found.values()].flat().filter((f) => f.kind === 'similarity' && f.span === null);
    tally(s.similarity, p.rewording, alike.length > 0, p.id);
    if (p.rewording && alike.some((f) => f.severity === 'error')) s.similarity.atError = (s.similarity.atError ?? 0) + 1;
  }
  return s;
}

export function table(s: Scores): string {
  const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);
  const rows = DETECTORS.map((d) => {
    const c = s[d];
    if (d === 'sentences') return `${d.padEnd(12)} exact count ${c.tp}/${c.tp + c.fn} notes (${pct(recall(c)).trim()})`;
    const extra = c.atError !== undefined ? `  (${c.atError} of ${c.tp + c.fn} rewordings at error level)` : '';
    return `${d.padEnd(12)} TP ${String(c.tp).padStart(3)}  FP ${String(c.fp).padStart(3)}  FN ${String(c.fn).padStart(3)}  TN ${String(c.tn).padStart(3)}  precision ${pct(precision(c))}  recall ${pct(recall(c))}${extra}`;
  });
  return rows.join('\n');
}
