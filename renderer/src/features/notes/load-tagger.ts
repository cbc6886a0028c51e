import { createTagger, type Nlp, type Tagger } from '../../../../shared/notes/noun-tagger';

let loading: Promise<Tagger> | null = null;

/**
 * The part-of-speech tagger (compromise's tagger build, about 300 KB) is a chunk of its
 * own, loaded on first use like the dictionary, so the window opens without waiting for it.
 */
export function loadTagger(): Promise<Tagger> {
  loading ??= import('compromise/two').then((m) => createTagger(m.default as unknown as Nlp));
  return loading;
}
