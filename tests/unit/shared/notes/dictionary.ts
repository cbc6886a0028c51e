import fs from 'node:fs';
import path from 'node:path';
import { createSpeller, type Speller } from '../../../../shared/notes/spelling';

let speller: Speller | null = null;

/** The real Hunspell dictionary the app ships (dictionary-en), read from node_modules. */
export function englishSpeller(): Speller {
  if (!speller) {
    const dir = path.resolve(__dirname, '../../../../node_modules/dictionary-en');
    speller = createSpeller(fs.readFileSync(path.join(dir, 'index.aff'), 'utf8'), fs.readFileSync(path.join(dir, 'index.dic'), 'utf8'));
  }
  return speller;
}
