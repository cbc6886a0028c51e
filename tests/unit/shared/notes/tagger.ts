import nlp from 'compromise/two';
import { createTagger, type Nlp, type Tagger } from '../../../../shared/notes/noun-tagger';

let tagger: Tagger | null = null;

/** The real part-of-speech tagger the app loads (compromise). */
export function realTagger(): Tagger {
  tagger ??= createTagger(nlp as unknown as Nlp);
  return tagger;
}
