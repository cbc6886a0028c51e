import nspell from 'nspell';
import type { Finding } from './finding';
import { FUNCTION_WORDS } from './function-words';
import { foldWord, sentences, signOffLine, words } from './note-text';
import { workplaceWords, type English } from './workplace-words';

export type { English } from './workplace-words';

/**
 * Spelling with a Hunspell dictionary (dictionary-en through nspell), and the
 * interviewer's name exactly as on their card. Misspelling someone's name is the one
 * mistake they are sure to notice, so it is an error; other words are warnings.
 */
export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

/**
 * Builds a speller from the dictionary's .aff and .dic text (loaded by each side its own
 * way): dictionary-en for American English, dictionary-en-gb for British English.
 */
export function createSpeller(aff: string, dic: string, english: English = 'en-US'): Speller {
  const engine = nspell(aff, dic);
  for (const [word, model] of workplaceWords(english)) engine.add(word, model);
  const verdicts = new Map<string, boolean>();
  const suggestions = new Map<string, string[]>();
  return {
    correct(word) {
      let v = verdicts.get(word);
      if (v === undefined) {
        v = engine.correct(word);
        verdicts.set(word, v);
      }
      return v;
    },
    suggest(word) {
      let s = suggestions.get(word);
      if (s === undefined) {
        s = engine.suggest(word).slice(0, 3);
        suggestions.set(word, s);
      }
      return s;
    },
  };
}

export interface SpellingContext {
  /** The interviewer's name as on their card. */
  recipientName: string;
  /** Other interviewers at the same interview (a note naming them is a copy gone wrong). */
  otherNames: string[];
  /** Words the user wrote elsewhere and spelled on purpose: company, role, their notes, your name. */
  knownText: string;
}

// Capitalised words that open sentences and sign-offs; never someone's misspelled name.
const COMMON = new Set(
  'dear hello thanks thank best kind warm regards sincerely yours the and also again this that with your our their when what while after before during since'.split(
    ' ',
  ),
);

/**
 * A closed compound of two dictionary words, as technical English makes them ("zebrafish",
 * "playtest", "playtesting", "codebase"): both parts content words of four letters or more,
 * the second a plain word. Shorter parts are too often a typo split by chance ("int+rested",
 * "rel+event"); a run of a function word and another ("alot", "infact", "aswell") is a typo;
 * and so are "-full" for the suffix "-ful" ("usefull"), an adverb ("publically") or a past
 * form ("plea+sent") as the second part.
 */
function closedCompound(word: string, known: (w: string) => boolean): boolean {
  if (!/^\p{Ll}{8,}$/u.test(word) || /fully?$|ally$/.test(word)) return false;
  const forms = new Set([word, word.replace(/(?:ing|es|ed|s)$/, '')]);
  for (const w of forms) {
    for (let at = 4; at <= w.length - 4; at++) {
      const first = w.slice(0, at);
      const second = w.slice(at);
      if (
        FUNCTION_WORDS.has(first) ||
        FUNCTION_WORDS.has(second) ||
        /(?:ed|ing|ly)$/.test(first) ||
        /(?:ed|ing|ly|s)$|^(?:sent|went|spent|meant|lent|bent|felt|left|kept|lost|told|sold|held|made|paid|said)$/.test(second)
      )
        continue;
      if (known(first) && known(second)) return true;
    }
  }
  return false;
}

/** A word without its inflection: anonymised, anonymising, anonymises → anonymis. */
function lightStem(word: string): string {
  return word.replace(/(?:ing|ed|es|s|e)$/, '');
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

function nameParts(name: string): string[] {
  return words(name)
    .map((w) => w.text)
    .filter((w) => w.length > 1);
}

function didYouMean(suggestions: string[]): string {
  return `Did you mean ${suggestions.map((s) => `“${s}”`).join(', ')}?`;
}

/**
 * What to offer for a word the dictionary does not know. Hunspell takes tens to hundreds
 * of milliseconds per word, so this runs only for the finding the user looks at, and the
 * speller remembers the answer per word.
 */
export function suggestionText(word: string, speller: Speller): string {
  const suggestions = speller.suggest(word);
  return suggestions.length > 0 ? didYouMean(suggestions) : 'The dictionary has no suggestion.';
}

/**
 * suggest: false leaves out the suggestions, which take Hunspell tens of milliseconds per
 * word; the live check while typing runs without them and a check after a pause with them.
 */
export function spellingFindings(text: string, speller: Speller, ctx: SpellingContext, options: { suggest?: boolean } = {}): Finding[] {
  const out: Finding[] = [];
  const ownParts = nameParts(ctx.recipientName);
  const ownExact = new Set(ownParts);
  const others = ctx.otherNames.flatMap((n) => nameParts(n).map((part) => ({ part, name: n })));
  const known = new Set(words(`${ctx.knownText} ${ctx.recipientName}`).map((w) => w.norm));
  // "anonymising" when their notes say "anonymised": another form of a word the user typed on purpose.
  const knownStems = new Set([...known].filter((w) => w.length >= 5).map(lightStem));
  // Addresses, links and domains (sam.lee@example.co.uk, www.kestrel.example) are typed exactly, not spelled.
  // So are a link's path (linkedin.com/in/laurenpike) and a handle (@laurenpike).
  const verbatim = !/@|\/\/|www\.|[\p{L}\d]\.\p{L}/u.test(text)
    ? []
    : [...text.matchAll(/\S+@\S+|(?<![\p{L}\d])@[\p{L}\d_.]+|\b(?:https?:\/\/|www\.)\S+|\b(?:[\p{L}\d-]+\.)+\p{L}{2,}\b(?!\.\p{L})(?:\/[^\s,;)]*)?/gu)]
        .filter((m) => /[@/]|\.\p{L}{2,}$/u.test(m[0]) && !/^(?:\p{L}\.)+\p{L}$/u.test(m[0]))
        .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  // The greeting is the formulaic line just before the body (a letter may have a date and an address above it).
  const all = sentences(text);
  const bodyAt = all.findIndex((s) => !s.formulaic);
  const opening = bodyAt < 0 ? all[0] : all[bodyAt - 1];
  const greeting = opening?.formulaic ? opening : null;

  // "cafés" is "cafes" with its accent: a known word written the way its language of origin has it.
  const inDictionary = (word: string) =>
    speller.correct(word) ||
    speller.correct(word.replace(/’/g, "'")) ||
    (/[^\p{ASCII}]/u.test(word) && /^[\p{L}'’-]+$/u.test(word) && speller.correct(word.normalize('NFD').replace(/\p{M}/gu, '')));
  // "follow-up", "data-driven": each part a known word is enough; so for "zebrafish", "playtest", "hitbox" (see closedCompound).
  const spelledRight = (word: string): boolean => {
    if (known.has(foldWord(word)) || inDictionary(word) || (word.length >= 5 && knownStems.has(lightStem(foldWord(word))))) return true;
    const parts = word.split('-');
    if (parts.length > 1) return parts.every((p) => p.length < 2 || /\d/.test(p) || known.has(foldWord(p)) || inDictionary(p));
    return closedCompound(word, inDictionary);
  };
  // The closing's first word ("Sincerly,") is a closing word, never a name: misspelt, it is a warning like any word.
  const lines = text.split('\n');
  const closing = signOffLine(lines);
  const closingWordAt =
    closing !== null && /,\s*$/.test(lines[closing]!)
      ? lines.slice(0, closing).join('\n').length + (closing > 0 ? 1 : 0) + (lines[closing]!.length - lines[closing]!.trimStart().length)
      : -1;

  for (const token of words(text)) {
    if (verbatim.some((v) => token.start >= v.start && token.end <= v.end)) continue;
    // "Priya's plan" is about Priya: the possessive is not part of the word.
    const bare = token.text.replace(/['’]s$/u, '');
    const w = { ...token, text: bare, norm: foldWord(bare), end: token.start + bare.length };
    if (ownExact.has(w.text)) continue;
    const isCapitalised = /^\p{Lu}/u.test(w.text) && w.start !== closingWordAt;
    if (isCapitalised && !COMMON.has(w.norm)) {
      const inGreeting = greeting !== null && w.start >= greeting.start && w.end <= greeting.end;
      const other = others.find((o) => o.part === w.text && !ownExact.has(o.part));
      if (other) {
        // "Dear Ana," on the note to Ben is a copy gone wrong; "you and Ana" may well be meant.
        out.push({
          kind: 'name',
          severity: inGreeting ? 'error' : 'info',
          message: inGreeting
            ? `“${w.text}” is ${other.name}'s name, but this note is to ${ctx.recipientName}.`
            : `“${w.text}” is ${other.name}'s name; check that this note to ${ctx.recipientName} means to mention them.`,
          span: { start: w.start, end: w.end },
        });
        continue;
      }
      // An ordinary word ("Have", "Then", "Data") near their name is a word, except where the name belongs.
      const near =
        (inGreeting || !inDictionary(w.text)) &&
        ownParts.find((part) => {
          const d = editDistance(w.text.toLowerCase(), part.toLowerCase());
          return d > 0 ? d <= (part.length <= 4 ? 1 : 2) : foldWord(part) === w.norm;
        });
      if (near) {
        out.push({ kind: 'name', severity: 'error', message: `Their card spells it “${near}”.`, span: { start: w.start, end: w.end } });
        continue;
      }
    }
    if (known.has(w.norm) || /\d/.test(w.text) || w.text.length < 2) continue;
    if (spelledRight(w.text)) continue;
    // Proper nouns the dictionary cannot know (places, products) are only a hint.
    const severity = isCapitalised ? 'info' : 'warning';
    const suggestions = options.suggest === false ? [] : speller.suggest(w.text);
    out.push({
      kind: 'spelling',
      severity,
      message: suggestions.length > 0 ? `“${w.text}” may be misspelled. ${didYouMean(suggestions)}` : `“${w.text}” is not in the dictionary.`,
      span: { start: w.start, end: w.end },
      word: w.text,
    });
  }
  return out;
}
