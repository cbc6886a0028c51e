import fs from 'node:fs';
import path from 'node:path';
import { createSpeller, type English, type Speller } from '../../../../shared/notes/spelling';

const spellers = new Map<English, Speller>();
const packages: Record<English, string> = { 'en-US': 'dictionary-en', 'en-GB': 'dictionary-en-gb' };

/** The real Hunspell dictionaries the app ships (dictionary-en, dictionary-en-gb), read from node_modules. */
export function spellerFor(english: English): Speller {
  let speller = spellers.get(english);
  if (!speller) {
    const dir = path.resolve(__dirname, '../../../../node_modules', packages[english]);
    speller = createSpeller(fs.readFileSync(path.join(dir, 'index.aff'), 'utf8'), fs.readFileSync(path.join(dir, 'index.dic'), 'utf8'), english);
    spellers.set(english, speller);
  }
  return speller;
}

export const englishSpeller = (): Speller => spellerFor('en-US');
