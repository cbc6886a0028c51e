import type { Finding, Span } from './finding';
import { flatteryFindings, knownNames, nameSpans, type IsAdjective } from './flattery';
import { hearBackLine, statesInterest } from './interest-check';
import type { NoteKind } from './note-similarity';
import { gaps, isNameMark, sentences, words, type Sentence, type WordToken } from './note-text';
import { termAt, type Tagger } from './noun-tagger';
import { hasSpecificRemark, particularWords, readBody, singular, wordsAboutThem, type ReadSentence } from './specific-remark';

/**
 * The guidance asks for notes written "from a cool remove": cordial, brief, specific.
 * These checks look for what breaks that. The word lists are ours, kept short and aimed
 * at thank-you notes: general prose linters (retext-intensify) flag "about" and "much"
 * in "Thank you very much for talking about…", which would teach people to ignore them.
 */
export interface NoteContext {
  kind: NoteKind;
  /** The interviewer as on their card. */
  recipientName: string;
  company: string;
  role: string;
  /** What the user noted about this interviewer: topics, something learned, their plan for the role. */
  notes: string[];
}

interface Pattern {
  re: RegExp;
  severity: Finding['severity'];
  message: (match: string) => string;
}

const INTENSIFIER: Pattern = {
  re: /\b(very|really|extremely|incredibly|truly|deeply|hugely|immensely|tremendously|super|totally|absolutely|utterly|so+ much|terribly|enormously)\b/gi,
  severity: 'info',
  message: (m) => `“${m}” adds emphasis without meaning; the sentence is stronger without it.`,
};

const APOLOGY: Pattern = {
  re: /\b(sorry|apologi[sz]e|apologies|forgive me|excuse my|pardon my)\b/gi,
  severity: 'warning',
  message: (m) => `“${m}”: there is nothing to apologise for in a thank-you note; leave it out.`,
};

/**
 * Pleading for the job, in its kinds: a plea ("please hire me", "please don't pass me over",
 * "I'm begging you"), asking for a chance ("give me a shot", "this one chance", "so grateful
 * for a chance"), need and hardship ("I really, really need this job", "this job is very
 * important for me and my family"), and promises ("I promise I will not let you down",
 * "whatever it takes"). "Kindly consider my application" is ordinary polite usage (Indian
 * English above all), as is the closing "I hope you will consider me"; "grateful for the
 * opportunity to discuss" is a courtesy: none of them pleads ("I hope you will choose me" does).
 */
const BEGGING: Pattern = {
  re: new RegExp(
    [
      String.raw`please,? please|\bi(?:'m| am)? beg(?:ging)?\b(?: you)?|\bbegging\b|desperate(?:ly)?|humbly (?:request|beg|ask|pray|plead)`,
      String.raw`please,? (?:just )?(?:hire|pick|choose|consider|select) me|please,? (?:don't|do not) (?:pass me over|overlook me|forget (?:about )?me|reject me|turn me down)|(?:don't|do not) (?:pass me over|forget (?:about )?me)`,
      String.raw`give me (?:a|one|this|that|just one|one more) (?:chance|shot|break|try|go)|(?:this|just|only) one (?:chance|shot)|any chance you can give|any chance (?:you|i)\b|(?:so|very|truly|eternally|forever) grateful for (?:a|any|one|just one) (?:chance|shot)|grateful for (?:any|just one) (?:chance|shot|opportunity)`,
      String.raw`i (?:(?:really|truly|desperately|badly|so),? )*need this (?:job|role|position|post|opportunity|chance)|this (?:job|role|position|post) (?:is|means) (?:very |so |really )?(?:important|everything|crucial|a lot) (?:for|to) me and my family|(?:for|to) me and my family|been out of work for`,
      String.raw`i promise (?:i (?:will|won't|shall)|i'll|you|to)|(?:will|won't|shall|would) (?:never |not )?let you down|you won't regret|i will do anything|whatever it takes|i (?:really |truly )?hope (?:that )?you(?:'ll| will| would|'d)? (?:hire|pick|choose|select) me|(?:willing|ready) to do anything|work for free|(?:would|will|does) mean (?:the world|everything) to me`,
    ]
      .join('|')
      // Apostrophes as typed or as a phone or word processor curls them.
      .replace(/'/g, "['’]"),
    'gi',
  ),
  severity: 'error',
  message: (m) => `“${m}” sounds like begging. Confirm your interest calmly instead.`,
};

const CAPS_INTENSIFIER =
  /^(?:SO|VERY|REALLY|TRULY|SUPER|TOTALLY|ABSOLUTELY)(?:\s+(?:much|many|very|grateful|thankful|excited|happy|glad|pleased|good|great|kind|helpful|lucky)\b)?/;
const CAPS_EMPHASIS_WORDS = /^(SO|VERY|REALLY|LOVE|MUCH|BEST|ALL|NOT|MUST|GREAT|HUGE|TRULY|AMAZING|THANK|THANKS|YOU|EVER|NEVER)$/;

const THANKS = /\b(thank(?:s|ful|ing)?|grateful|gratitude|appreciat(?:e[ds]?|ing|ion))\b/i;
const STOP = new Set(
  'the and for with that this from have about your their what when were they them into more will would could should there which other been also just than then some very much into over such only like well about after before because while where'.split(
    ' ',
  ),
);

function run(pattern: Pattern, text: string, skip: Span[], kind: Finding['kind'] = 'tone'): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(pattern.re)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (skip.some((s) => start >= s.start && end <= s.end)) continue;
    out.push({ kind, severity: pattern.severity, message: pattern.message(m[0]), span: { start, end } });
  }
  return out;
}

/** Content words of the user's notes about the interviewer, to see whether the note uses any. */
export function noteKeywords(notes: string[], company = '', role = ''): Set<string> {
  return particularWords(notes, company, role, STOP);
}

/**
 * Quoted speech ("Ship it!", “Measure twice, cut once!”, British ‘More maths, please!’ and
 * 'Ship it!'): its marks are the speaker's. A single quote opens only before a letter after
 * a space or bracket, and closes only where no letter follows, so "the parents’ request"
 * and "don't" are apostrophes.
 */
function quotations(text: string): Span[] {
  const spans = (re: RegExp) => [...text.matchAll(re)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  return [...spans(/["“][^"”\n]{1,300}["”]/g), ...spans(/(?<=^|[\s([—–])[‘'](?=\p{L})[^\n]{1,300}?[^\s][’'](?!\p{L})/gu)];
}

/**
 * The wording checks alone (gushing, superlatives, apologies, begging, intensifiers,
 * exclamation marks, capitals), for any text such as an email's subject line.
 */
export function wordingFindings(
  text: string,
  ctx: Pick<NoteContext, 'company' | 'role' | 'recipientName' | 'notes'>,
  formulaic: Span[] = [],
  tokens: WordToken[] = words(text),
  where: { subject?: boolean; sentenceStarts?: number[]; isAdjective?: IsAdjective } = {},
): Finding[] {
  const out: Finding[] = [];
  // The company, its products and the people are named, never judged ("Best Bedding Company", "Prime Ledger").
  const names = nameSpans(text, [ctx.company, ctx.recipientName, ...knownNames(ctx.notes)], where.subject ? null : (where.sentenceStarts ?? [0]));
  out.push(...flatteryFindings(text, formulaic, names, where.isAdjective));
  out.push(...run(APOLOGY, text, formulaic));
  out.push(...run(BEGGING, text, formulaic));
  const capitals = capitalsFindings(text, tokens, ctx);
  const flagged = [...out, ...capitals].map((f) => f.span!);
  out.push(...run(INTENSIFIER, text, [...formulaic, ...flagged, ...names]));

  const quoted = quotations(text);
  const noted = knownNames(ctx.notes);
  for (const m of text.matchAll(/!+/g)) {
    const start = m.index ?? 0;
    if (quoted.some((q) => start > q.start && start < q.end) || (m[0] === '!' && isNameMark(text, start, noted))) continue;
    const many = m[0].length > 1;
    // "Thank You!" as a subject is a common, mild form: a hint, not a warning.
    const severity = many ? 'error' : where.subject ? 'info' : 'warning';
    out.push({
      kind: 'tone',
      severity,
      message: many
        ? 'Several exclamation marks read as over-excited. End the sentence with a full stop.'
        : where.subject
          ? 'An exclamation mark makes the subject a little eager; it reads calmer without it.'
          : 'An exclamation mark reads as over-eager in a thank-you note; a full stop is calmer.',
      span: { start, end: start + m[0].length },
    });
  }

  out.push(...capitals);
  return out;
}

/**
 * Capitals read as shouting when they are an emphasis word (SO, VERY), a long word
 * (EXCITED) or a run of several words; a short all-capitals word alone is an acronym
 * (HIPAA, SCADA, NASDAQ).
 */
function capitalsFindings(text: string, tokens: WordToken[], ctx: Pick<NoteContext, 'company' | 'role' | 'recipientName' | 'notes'>): Finding[] {
  const known = new Set(words([ctx.company, ctx.role, ctx.recipientName, ...ctx.notes].join(' ')).map((w) => w.text));
  const capitals = tokens.filter((w) => w.text.length > 1 && !known.has(w.text) && /^[\p{Lu}'’-]+$/u.test(w.text));
  const runs: WordToken[][] = [];
  for (const w of capitals) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (run && prev && /^\s+$/.test(text.slice(prev.end, w.start))) run.push(w);
    else runs.push([w]);
  }
  const out: Finding[] = [];
  const shout = (start: number, end: number) =>
    out.push({ kind: 'tone', severity: 'warning', message: `“${text.slice(start, end)}” in capitals reads as shouting.`, span: { start, end } });
  for (const run of runs) {
    if (run.length >= 3) shout(run[0]!.start, run[run.length - 1]!.end);
    else
      for (const w of run) {
        // "Thank you SO much", "a VERY good day": an intensifier in capitals is gushing as well as loud.
        const phrase = CAPS_INTENSIFIER.exec(text.slice(w.start));
        if (phrase && w.start === run[0]!.start) {
          const end = w.start + phrase[0].length;
          out.push({
            kind: 'tone',
            severity: 'warning',
            message: `“${text.slice(w.start, end)}” in capitals reads as shouting and gushing; a plain “thank you” says it better.`,
            span: { start: w.start, end },
          });
        } else if (CAPS_EMPHASIS_WORDS.test(w.text) || w.text.length >= 7) shout(w.start, w.end);
      }
  }
  return out;
}

export function toneFindings(text: string, ctx: NoteContext, tagger: Tagger | null = null): Finding[] {
  const all = sentences(text);
  // Sign-offs such as "Warmest regards" and "Best wishes" are conventions, not flattery.
  const formulaic = all.filter((s) => s.formulaic);
  const body = all.filter((s) => !s.formulaic);
  // The words are found once and shared by every check below: this runs on each keystroke.
  const tokens = words(text);
  const bodyWords = within(tokens, body);
  const keywords = noteKeywords(ctx.notes, ctx.company, ctx.role);
  // The tagger tells "most fun" (an adjective) from "most want" (a verb), in the sentence as the other checks tag it.
  const isAdjective: IsAdjective | undefined = tagger
    ? (start) => {
        const s = all.find((x) => x.start <= start && x.end > start);
        return s ? (termAt(tagger, s.text, start - s.start)?.adjective ?? null) : null;
      }
    : undefined;
  const out = wordingFindings(text, ctx, formulaic, tokens, { sentenceStarts: all.map((s) => s.start), isAdjective });
  out.push(...lengthFindings(body, bodyWords.length, ctx.kind));
  const read = readBody(body, bodyWords);
  const pleads = out.some(
    (f) => f.severity === 'error' && f.kind === 'tone' && /begging/.test(f.message) && body.some((s) => f.span!.start >= s.start && f.span!.end <= s.end),
  );
  out.push(...structureFindings(read, ctx, keywords, tagger, pleads));
  out.push(...personalFindings(bodyWords, wordsAboutThem(read), ctx, keywords));
  for (const g of gaps(text)) {
    out.push({ kind: 'gap', severity: 'warning', message: `Fill in the gap: ${g.label}.`, span: { start: g.start, end: g.end } });
  }
  return out;
}

/** A typed US Letter page with 1 in margins, date, address, salutation and signature holds about this many words. */
export const LETTER_PAGE_WORDS = 380;

/** The tokens inside the given sentences (both in reading order). */
function within(tokens: WordToken[], spans: Sentence[]): WordToken[] {
  const out: WordToken[] = [];
  let i = 0;
  for (const t of tokens) {
    while (i < spans.length && spans[i]!.end < t.end) i++;
    const s = spans[i];
    if (s && t.start >= s.start && t.end <= s.end) out.push(t);
  }
  return out;
}

function lengthFindings(body: Sentence[], wordCount: number, kind: NoteKind): Finding[] {
  const count = body.length;
  if (kind === 'email') {
    if (count > 5)
      return [
        {
          kind: 'length',
          severity: 'warning',
          message: `This email has ${count} sentences. About three is right: thanks, one specific remark, your interest.`,
          span: null,
        },
      ];
    if (count > 0 && count < 2)
      return [
        {
          kind: 'length',
          severity: 'info',
          message: 'This email is a single sentence. About three is right: thanks, one specific remark, your interest.',
          span: null,
        },
      ];
    if (wordCount > 120)
      return [{ kind: 'length', severity: 'warning', message: `This email is ${wordCount} words long; keep it brief (under about 100 words).`, span: null }];
    return [];
  }
  if (wordCount > LETTER_PAGE_WORDS) {
    return [
      {
        kind: 'length',
        severity: 'warning',
        message: `This letter is ${wordCount} words; it will not fit on one page (about ${LETTER_PAGE_WORDS} words do).`,
        span: null,
      },
    ];
  }
  return [];
}

/** `pleads`: the body begs for the job, which says the writer wants it, badly (the begging finding says how to put it calmly). */
function structureFindings(read: ReadSentence[], ctx: NoteContext, keywords: Set<string>, tagger: Tagger | null, pleads: boolean): Finding[] {
  const body = read.map((r) => r.sentence);
  if (body.length === 0) return [];
  const text = body.map((s) => s.text).join(' ');
  const out: Finding[] = [];
  if (!THANKS.test(text))
    out.push({ kind: 'structure', severity: 'warning', message: 'Nothing here thanks them for their time. Start with that.', span: null });
  if (hasSpecificRemark(read, { company: ctx.company, role: ctx.role, recipientName: ctx.recipientName, keywords }, tagger) === false) {
    out.push({
      kind: 'structure',
      severity: 'warning',
      message:
        'This note is generic: it could go to anyone who interviewed you. Add one specific remark from your conversation (a project, a plan, a number, a problem you talked about).',
      span: null,
    });
  }
  const lines = body.map((s) => s.text);
  if (!pleads && !statesInterest(lines, [ctx.company, ctx.role])) {
    const hearBack = hearBackLine(lines);
    out.push({
      kind: 'structure',
      severity: 'warning',
      message: hearBack
        ? `Nothing here says you still want the job: “${hearBack}” asks for a reply, not for the role. Add that you remain interested in it, in your own words.`
        : 'Nothing here says you still want the job. Add that you remain interested in the role, in your own words.',
      span: null,
    });
  }
  return out;
}

/** `aboutThem`: the body's words outside the writer's own phrases ("I have used route software"), where their notes can be used. */
function personalFindings(bodyWords: WordToken[], aboutThem: WordToken[], ctx: NoteContext, keywords: Set<string>): Finding[] {
  if (bodyWords.length === 0) return [];
  if (keywords.size === 0) {
    return [
      {
        kind: 'personal',
        severity: 'info',
        message: `You have no notes about ${ctx.recipientName} yet (topics, something learned); add them to make this note personal.`,
        span: null,
      },
    ];
  }
  for (const w of aboutThem) if (keywords.has(singular(w.norm))) return [];
  return [
    {
      kind: 'personal',
      severity: 'warning',
      message: `Nothing here is particular to ${ctx.recipientName}. Mention something from your notes about them.`,
      span: null,
    },
  ];
}
