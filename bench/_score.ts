import { loadCorpus, score, table } from '../tests/unit/shared/notes/note-corpus';
import { spellerFor } from '../tests/unit/shared/notes/dictionary';
import { realTagger } from '../tests/unit/shared/notes/tagger';
const corpus = loadCorpus();
const s = score(corpus, { for: spellerFor, tagger: realTagger() });
console.log(table(s));
const only = process.argv[2];
for (const [d, c] of Object.entries(s)) if (c.misses.length && (!only || d === only)) console.log(d, c.misses.join('; '));
