import { describe, expect, it } from 'vitest';
import { DETECTORS, loadCorpus, precision, recall, score, table, textOf } from './note-corpus';
import { spellerFor } from './dictionary';
import { realTagger } from './tagger';

const corpus = loadCorpus();

describe('the notes corpus', () => {
  it('is big enough to mean something, and every label points at the text', () => {
    expect(corpus.notes.length).toBeGreaterThanOrEqual(80);
    expect(corpus.pairs.length).toBeGreaterThanOrEqual(20);
    const ids = [...corpus.notes.map((n) => n.id), ...corpus.pairs.map((p) => p.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const n of corpus.notes) {
      const text = textOf(n.text);
      expect(corpus.contexts[n.context], `${n.id}: context ${n.context}`).toBeDefined();
      // A labelled phrase or word is in the text once, so what a finding is about is unambiguous.
      for (const p of n.labels.hyperbole) expect(text.split(p).length - 1, `${n.id}: “${p}”`).toBe(1);
      for (const w of n.labels.misspelled) expect(text.includes(w), `${n.id}: “${w}”`).toBe(true);
    }
    for (const p of corpus.pairs) for (const side of [p.a, p.b]) expect(corpus.contexts[side.context], `${p.id}: ${side.context}`).toBeDefined();
    // Both kinds of every detector are there to be found.
    expect(corpus.notes.filter((n) => !n.labels.specific).length).toBeGreaterThanOrEqual(14);
    expect(corpus.notes.filter((n) => !n.labels.interest).length).toBeGreaterThanOrEqual(8);
    expect(corpus.pairs.filter((p) => p.rewording).length).toBeGreaterThanOrEqual(10);
    expect(corpus.pairs.filter((p) => !p.rewording).length).toBeGreaterThanOrEqual(10);
  });
});

describe('the note checks on the corpus', () => {
  const scores = score(corpus, { for: spellerFor, tagger: realTagger() });
  const report = table(scores);

  it.each(DETECTORS.filter((d) => d !== 'similarity' && d !== 'sentences'))('%s: precision at least 90 % and recall at least 85 %', (detector) => {
    const c = scores[detector];
    const misses = `\n${report}\n${detector}: ${c.misses.join('; ')}`;
    expect(precision(c), misses).toBeGreaterThanOrEqual(0.9);
    expect(recall(c), misses).toBeGreaterThanOrEqual(0.85);
  });

  it('similarity catches every rewording and flags no different pair', () => {
    const c = scores.similarity;
    expect(c.fn, c.misses.join('; ')).toBe(0);
    expect(c.fp, c.misses.join('; ')).toBe(0);
  });

  it('counts the body sentences a reader counts, greetings, closings and hard wraps included', () => {
    const c = scores.sentences;
    expect(recall(c), c.misses.join('; ')).toBeGreaterThanOrEqual(0.9);
  });
});
