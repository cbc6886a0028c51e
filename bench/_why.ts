import { loadCorpus, textOf } from '../tests/unit/shared/notes/note-corpus';
import { realTagger } from '../tests/unit/shared/notes/tagger';
import { bodySentences } from '../shared/notes/note-text';
const c = loadCorpus();
const t = realTagger();
for (const id of process.argv.slice(2)) {
  const n = c.notes.find((x) => x.id === id)!;
  for (const s of bodySentences(textOf(n.text))) console.log(id, '|', s.text, '\n   ', t.terms(s.text).filter((x) => x.noun).map((x) => x.text + (x.proper ? '*' : '')).join(', '));
}
