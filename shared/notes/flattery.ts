import type { Finding, Span } from './finding';

/**
 * Gushing and flattery, judged in context. A word list alone cries wolf: "Best Bedding
 * Company" and "Prime Ledger" are names, "do my best" is a promise, "the most useful part
 * for me" judges a thing, "most stock-outs" counts them. What flatters is praise of the
 * reader, the company or the interview itself, or praise inflated past what anyone says
 * calmly ("prestigious", "world-class", "a dream for almost everyone").
 */

const GUSHING =
  /\b(amazing(ly)?|incredibl[ey]|awesome|fantastic|phenomenal|unbelievabl[ey]|mind-?blowing|life-?changing|(?<=\b(?:my|our|a|the|your|absolute) )dream (?!(?:is|was|of|to|that|and|for|come|i)\b)[a-z-]+|a dream (for|come true)|perfect (fit|match|candidate|alignment)|ideal candidate|blown away|thrilled|ecstatic|overjoyed|over the moon|beyond (excited|grateful|thankful|words)|so+ excited|super excited|can(?:no|')t wait|absolutely (love|loved|delighted|privileged|honou?red)|love,? love|absolute (privilege|pleasure|honou?r|delight)|honou?red beyond|a huge honou?r|once[- ]in[- ]a[- ]lifetime|(truly|really|deeply) (inspiring|inspired|remarkable|amazing|honou?red|resonat\w*|exceptional|special|unique|moved|touched)|resonated (deeply|strongly|so much)|align(s|ed)? perfectly|perfectly align\w*|(forever|eternally) grateful|passionate(ly)?|obsessed|wonderful|spectacular|outstanding|extraordinary|unparalleled|unmatched|prestigious|esteemed|exceptional|brilliant|world-?class|second to none|visionary|legendary|precious time|simply the best|(?:truly |so |completely |totally )?in awe|awe-?struck|awe-?inspiring|stellar|superb|fabulous|terrific|magnificent|breathtaking|jaw-?dropping|unforgettable|top-?notch|inspirational|one of a kind|like no other|nothing short of \w+|can(?:no|')t thank you enough|words (?:can(?:no|')t|cannot) express|forever in your debt|changed my life|magical|miraculous|monumental|revolutionary|ground-?breaking|game-?changing|heroic|iconic|sensational|flawless|historic(?!\s+(?:building|buildings|district|site|sites|town|city|centre|center|house|quarter|street|church|landmark|home|monument|park|area|core|pub|mill|hotel))|(?:an?|the) (?:truly|absolutely|utterly) [a-z-]+(?:al|ic|ous|ful|ive|ing|ent|ant|ble|ary) (?:experience|day|visit|moment|place|time|opportunity|conversation|interview|afternoon|morning|evening|team|company|achievement))\b/gi;

/**
 * Flattery and inflation that is a phrase rather than a word: thanks multiplied ("a million
 * times"), a day made the peak of a life ("the highlight of my entire career"), the reader
 * made rare ("lucky to have you", "someone of your caliber", "someone as brilliant as you"),
 * an honour inflated ("a tremendous privilege"), and gratitude for ever ("thankful to you
 * for the whole life").
 */
const INFLATED = new RegExp(
  [
    String.raw`\b(?:a|one) (?:million|billion|thousand|hundred) (?:times|thanks)\b|\bthanks a (?:million|ton|bunch)\b`,
    String.raw`\b(?:the )?(?:highlight|high point|pinnacle|peak|best part|best day|best moment) of my (?:entire |whole )?(?:career|life|professional life|year|week|month)\b`,
    String.raw`\b(?:lucky|fortunate|blessed) to have (?:you|someone like you|a \w+ like you|people like you)\b|\b(?:someone|anyone|a \w+|people) of your (?:caliber|calibre|stature|standing)\b|\bsomeone (?:as|so) \w+ as you\b`,
    String.raw`\b(?:a|an) (?:tremendous|immense|enormous|incredible|huge|massive|rare|unique|absolute|true|real|great) (?:privilege|honou?r)\b`,
    String.raw`\b(?:grateful|thankful|indebted)\b[^.!?;]{0,30}?\b(?:for (?:the|my) (?:whole|entire) life|for life|for the rest of my life|all my life|forever|for ever)\b`,
    // Devotion: "the whole team would follow you anywhere", "I would walk through fire for you".
    String.raw`\b(?:follow|go with) (?:you|him|her|them) (?:anywhere|everywhere|to the ends of the earth)\b|\b(?:walk|run|go) through (?:fire|walls) for (?:you|him|her|them)\b|\bwould do anything for (?:you|him|her|them)\b`,
  ].join('|'),
  'gi',
);

// What a superlative flatters when it is about it: the reader, their company, the interview.
const TARGET =
  /^(company|companies|firm|team|teams|group|manager|managers|leader|leaders|leadership|boss|interviewer|interviewers|interview|interviews|conversation|people|place|organi[sz]ation|employer|workplace|culture|house|hospital|school|bank|insurer|store|business|mentor|person|professional|panel|day|meeting|hour|chat|call|visit|experience|staff|colleagues|office|studio|agency|publisher|charity|brand)$/i;
const SUPERLATIVE = /\b(best|greatest|finest|smartest|brightest|strongest|nicest|coolest|kindest|happiest|wisest|most\s+[\p{L}-]+)\b/giu;

/**
 * Spans that are names: the company's and those in the user's notes (a product such as
 * "Prime Ledger"), and in running text capitalised words inside a sentence (Best Bedding,
 * Ultimate Range). A subject is often in title case, so there only the known names count.
 */
export function nameSpans(text: string, known: string[], sentenceStarts: number[] | null): Span[] {
  const out: Span[] = [];
  const lower = text.toLowerCase();
  for (const name of known) {
    const n = name.trim().toLowerCase();
    if (n.length < 2) continue;
    for (let at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + 1)) out.push({ start: at, end: at + n.length });
  }
  if (sentenceStarts === null) return out;
  const starts = new Set(sentenceStarts);
  for (const m of text.matchAll(/\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*)*/gu)) {
    const start = m.index ?? 0;
    // Capitals alone are shouting, not a name; at a sentence's start a capital says nothing, unless more capitalised words follow ("Best Bedding Company is…").
    if (!/\p{Ll}/u.test(m[0])) continue;
    if (!starts.has(start) || /\s/.test(m[0])) out.push({ start, end: start + m[0].length });
  }
  return out;
}

// Words one of the phrases above must have: most notes have none, and testing for them is cheap.
const INFLATED_HINT =
  /million|billion|thousand|hundred|thanks a|highlight|high point|pinnacle|peak|best|lucky|fortunate|blessed|of your|someone|privilege|hono|grateful|thankful|indebted|anywhere|everywhere|ends of|through (?:fire|walls)|anything for/i;

/** Capitalised phrases in the user's notes: product and project names ("Prime Ledger") that are never tone findings. */
export function knownNames(notes: string[]): string[] {
  const out: string[] = [];
  // A title may end in "!" ("Moss Knight!", "Yahoo!"): it is kept, so that mark is known as the name's.
  for (const n of notes) for (const m of n.matchAll(/\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*)+!?/gu)) out.push(m[0]);
  return out;
}

const inside = (s: Span, spans: Span[]) => spans.some((n) => s.start >= n.start && s.end <= n.end);

function finding(text: string, start: number, end: number, message: string): Finding {
  return { kind: 'tone', severity: 'warning', message, span: { start, end } };
}

/**
 * Whether the word at [start, end) is an adjective: the tagger's verdict where it is loaded,
 * null where it is not (the endings then decide).
 */
export type IsAdjective = (start: number, end: number) => boolean | null;

/** Is the superlative at [start, end) praise of the reader, their company or the meeting? */
function flatters(text: string, start: number, end: number, isAdjective?: IsAdjective): number | null {
  const before = text.slice(Math.max(0, start - 40), start).toLowerCase();
  const clause = /^[^.,;:!?—–()]*/.exec(text.slice(end))![0];
  const word = text.slice(start, end).toLowerCase();
  // "do my best", "my best work", "best-selling", "best practice", "most of", "most want": no praise of anyone.
  if (/\b(my|our|your|their|his|her|its|at|do|did|doing|try|tried)\s+(very\s+)?$/.test(before) && !word.startsWith('most')) return null;
  if (/^-/.test(clause) || /^\s+(practices?|regards|wishes|of luck)\b/i.test(clause)) return null;
  // "most" + an adjective ("most impressive", "most fun"), not "most of" or "the thing you most want".
  if (/^most\s/.test(word)) {
    const x = /^most\s+/.exec(word)![0].length;
    const tagged = isAdjective?.(start + x, end) ?? null;
    if (tagged === false || (tagged === null && !/^most\s+[\p{L}-]+(ing|ful|ive|ous|able|ible|ic|al|ent|ant|ed|ive|y)$/u.test(word))) return null;
  }
  const to = end + clause.replace(/\s+$/, '').length;
  // "one of the finest litigators": a ranking among peers is praise of whoever is ranked.
  if (/\bone of the\s+$/.test(before) && !word.startsWith('most')) return to;
  const following = [...clause.matchAll(/[\p{L}'’-]+/gu)].slice(0, 4);
  for (const w of following) if (TARGET.test(w[0])) return end + (w.index ?? 0) + w[0].length;
  // A ranking with a scope: "ever", "I have met", "in the industry", "on the south coast", "in Europe".
  if (
    /\b(i|i've|i’ve)\s+(have\s+)?(ever\s+)?(met|seen|had|known|worked with|come across|encountered)\b|\bever\b|\bof my (life|career|week|year|month)\b/i.test(
      clause,
    )
  )
    return to;
  if (
    /^(?:\s+[\p{L}-]+){0,4}?\s+(?:in|on|across|around|throughout)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+|(?:industry|world|region|country|business|city|field|market|sector|land|state|nation|continent|planet)\b|(?:(?:north|south|east|west)\w*|whole|entire)\s+\p{L}+)/u.test(
      clause,
    )
  )
    return to;
  if (/\b(you are|you're|you’re|you were|your\s+[\p{L}-]+\s+(is|are|was|were)|simply|by far)\s+(the\s+)?(very\s+)?$/u.test(before)) return end;
  return null;
}

/** Gushing words and flattering superlatives outside the names and the formulaic lines. */
export function flatteryFindings(text: string, skip: Span[], names: Span[], isAdjective?: IsAdjective): Finding[] {
  const out: Finding[] = [];
  const ignored = (s: Span) => inside(s, skip) || inside(s, names);
  for (const m of INFLATED_HINT.test(text) ? text.matchAll(INFLATED) : []) {
    const start = m.index ?? 0;
    const span = { start, end: start + m[0].length };
    if (ignored(span) || out.some((f) => f.span!.start <= span.start && f.span!.end >= span.end)) continue;
    out.push(finding(text, span.start, span.end, `“${m[0]}” is flattery; a calm thank-you says what was good instead.`));
  }
  for (const m of text.matchAll(GUSHING)) {
    const start = m.index ?? 0;
    const span = { start, end: start + m[0].length };
    if (!ignored(span) && !out.some((f) => f.span!.start <= span.start && f.span!.end >= span.end))
      out.push(finding(text, span.start, span.end, `“${m[0]}” sounds gushing. A cool, specific remark reads better.`));
  }
  for (const m of text.matchAll(SUPERLATIVE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (ignored({ start, end }) || out.some((f) => f.span!.start <= start && f.span!.end >= end)) continue;
    const to = flatters(text, start, end, isAdjective);
    if (to === null) continue;
    const phrase = text.slice(start, to);
    out.push(finding(text, start, to, `“${phrase}” is a superlative about them; it reads as flattery in a thank-you note.`));
  }
  return out;
}
