/**
 * Which words of a sentence are nouns, from a part-of-speech tagger (compromise, loaded
 * by each side its own way and passed in, so this file imports nothing). A specific remark
 * names things — "the nightly SQL job", "the call-back list" — where a generic one only has
 * sentiment ("enjoyed", "insightful") and verbs; a word list cannot tell the two apart.
 * Tagging costs about half a millisecond per sentence, so each sentence is tagged once and
 * remembered: a keystroke re-tags only the sentence it changed.
 */
export interface TaggedTerm {
  text: string;
  noun: boolean;
  proper: boolean;
  plural: boolean;
  adjective: boolean;
  verb: boolean;
}

export interface Tagger {
  terms(sentence: string): TaggedTerm[];
}

/** The shape of compromise's `nlp` that is used: a document's terms with their tags. */
export type Nlp = (text: string) => { docs: Array<Array<{ text: string; tags?: Set<string> }>> };

const REMEMBERED = 2000;

export function createTagger(nlp: Nlp): Tagger {
  const cache = new Map<string, TaggedTerm[]>();
  return {
    terms(sentence) {
      const hit = cache.get(sentence);
      if (hit) return hit;
      const terms = nlp(sentence)
        .docs.flat()
        .map((t) => {
          const tags = t.tags ?? new Set<string>();
          return {
            text: t.text,
            noun: tags.has('Noun') && !tags.has('Pronoun') && !tags.has('Possessive'),
            proper: tags.has('ProperNoun'),
            plural: tags.has('Plural'),
            adjective: tags.has('Adjective'),
            verb: tags.has('Verb'),
          };
        });
      if (cache.size >= REMEMBERED) cache.delete(cache.keys().next().value!);
      cache.set(sentence, terms);
      return terms;
    },
  };
}

/** The tagged term of a sentence that covers `offset` (characters into the sentence), if any. */
export function termAt(tagger: Tagger, sentence: string, offset: number): TaggedTerm | null {
  let cursor = 0;
  for (const term of tagger.terms(sentence)) {
    const at = sentence.indexOf(term.text, cursor);
    if (at < 0) continue;
    if (offset >= at && offset < at + term.text.length) return term;
    cursor = at + term.text.length;
  }
  return null;
}
