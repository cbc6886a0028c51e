/**
 * The note checks on the labelled corpus (tests/fixtures/notes-corpus): the confusion
 * table per detector, printed once, and the time to check the whole corpus against the
 * same notes split into sentences and words only (the floor any check pays).
 */
import { bodySentences, words } from '../shared/notes/note-text';
import { createNoteChecker } from '../shared/notes/note-checks';
import { spellerFor } from '../tests/unit/shared/notes/dictionary';
import { checkedNote, loadCorpus, score, table, textOf } from '../tests/unit/shared/notes/note-corpus';
import { realTagger } from '../tests/unit/shared/notes/tagger';
import type { Benchmark } from './harness';

const corpus = loadCorpus();
const notes = corpus.notes.map((n) => ({ n, checked: checkedNote(n.id, n.kind, corpus.contexts[n.context]!, textOf(n.text), n.writer) }));

export const benchmarks: Benchmark[] = [
  {
    name: `check all ${corpus.notes.length} corpus notes, each alone (speller and tagger warm)`,
    unit: 'corpus',
    setup() {
      const scores = score(corpus, { for: spellerFor, tagger: realTagger() });
      console.log(`note-corpus › confusion per detector on ${corpus.notes.length} notes and ${corpus.pairs.length} pairs (positive = the problem is there; before this work: tests/fixtures/notes-corpus/before.txt)\n${table(scores)}`);
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
  },
];
