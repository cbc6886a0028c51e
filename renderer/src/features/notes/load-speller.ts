import { createSpeller, type Speller } from '../../../../shared/notes/spelling';

let loading: Promise<Speller> | null = null;

/**
 * The Hunspell dictionary ships inside the app bundle (dictionary-en's own files, read as
 * text by Vite), loaded on first use so the window opens without waiting for it.
 */
export function loadSpeller(): Promise<Speller> {
  loading ??= Promise.all([
    import('../../../../node_modules/dictionary-en/index.aff?raw'),
    import('../../../../node_modules/dictionary-en/index.dic?raw'),
  ]).then(([aff, dic]) => createSpeller(aff.default, dic.default));
  return loading;
}
