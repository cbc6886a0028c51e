import { createSpeller, type English, type Speller } from '../../../../shared/notes/spelling';

const loading = new Map<English, Promise<Speller>>();

/**
 * The Hunspell dictionaries ship inside the app bundle (dictionary-en and dictionary-en-gb,
 * their own files read as text by Vite), each loaded on first use so the window opens
 * without waiting for it, and only the one the user writes in (Settings → Spelling).
 */
export function loadSpeller(english: English = 'en-US'): Promise<Speller> {
  let speller = loading.get(english);
  if (!speller) {
    const files =
      english === 'en-GB'
        ? Promise.all([import('../../../../node_modules/dictionary-en-gb/index.aff?raw'), import('../../../../node_modules/dictionary-en-gb/index.dic?raw')])
        : Promise.all([import('../../../../node_modules/dictionary-en/index.aff?raw'), import('../../../../node_modules/dictionary-en/index.dic?raw')]);
    speller = files.then(([aff, dic]) => createSpeller(aff.default, dic.default, english));
    loading.set(english, speller);
  }
  return speller;
}
