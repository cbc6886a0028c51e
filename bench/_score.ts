import { loadCorpus, score, table } from '../tests/unit/shared/notes/note-corpus';
import { spellerFor } from '../tests/unit/shared/notes/dictionary';
const corpus = loadCorpus();
const s = score(corpus, { for: spellerFor });
console.log(table(s));
const only = process.argv[2];
for (const [d, c] of Object.entries(s)) if (c.misses.length && (!only || d === only)) console.log(d, c.misses.join('; '));
