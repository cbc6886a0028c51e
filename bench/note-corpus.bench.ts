/**
 * The note checks on the labelled corpora: the confusion table per detector, printed once
 * per corpus, and the time to check the whole corpus against the same notes split into
 * sentences and words only (the floor any check pays). The held-out corpus was labelled
 * blind and is never held to targets; its misses were studied once, for their general
 * causes, so its table now says less than a new blind set would; the third held-out corpus
 * is that new blind set.
 */
import { bodySentences, words } from '../shared/notes/note-text';
import { createNoteChecker } from '../shared/notes/note-checks';
import { spellerFor } from '../tests/unit/shared/notes/dictionary';
import { checkedNote, loadCorpus, score, table, textOf } from '../tests/unit/shared/notes/note-corpus';
import { realTagger } from '../tests/unit/shared/notes/tagger';
import type { Benchmark } from './harness';

const corpora = [
  { folder: 'notes-corpus', what: 'corpus', about: 'before this work: tests/fixtures/notes-corpus/before.txt' },
  { folder: 'notes-corpus-holdout', what: 'held-out', about: 'held out: labelled blind; its misses were studied once for their general causes' },
  {
    folder: 'notes-corpus-holdout3',
    what: 'third held-out',
    about: 'held out: written and labelled blind after the checks were tuned on the other two; never tuned on',
  },
] as const;

export const benchmarks: Benchmark[] = corpora.map(({ folder, what, about }) => {
  const corpus = loadCorpus(folder);
  const notes = corpus.notes.map((n) => ({ n, checked: checkedNote(n.id, n.kind, corpus.contexts[n.context]!, textOf(n.text), n.writer) }));
  return {
    name: `check all ${corpus.notes.length} ${what} notes, each alone (speller and tagger warm)`,
    unit: 'corpus',
    setup() {
      const scores = score(corpus, { for: spellerFor, tagger: realTagger() });
      console.log(
        `note-corpus › ${what}: confusion per detector on ${corpus.notes.length} notes and ${corpus.pairs.length} pairs (positive = the problem is there; ${about})\n${table(scores)}`,
      );
      return () => {
        for (const { n, checked } of notes) createNoteChecker(spellerFor(n.english), realTagger()).check([checked]);
      };
    },
    baseline: {
      name: 'splitting the same notes into sentences and words',
      setup() {
        return () => {
          for (const { checked } of notes) for (const s of bodySentences(checked.text)) words(s.text, s.start);
        };
      },
    },
  };
});
